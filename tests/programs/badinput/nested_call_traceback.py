def parse_record(line):
    name, age = line.split(',')
    return {'name': name, 'age': int(age)}


def load(lines):
    records = []
    for line in lines:
        records.append(parse_record(line))
    return records


def main():
    data = ['alice,30', 'bob,41', 'carol,not-a-number']
    people = load(data)
    print(people)


print('loading')
main()
