class ValidationError(Exception):
    pass


def validate(age):
    if age < 0:
        raise ValidationError('age cannot be negative: %d' % age)
    return age


print(validate(3))
validate(-1)
