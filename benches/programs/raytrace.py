"""Float arithmetic on objects: a recursive ray tracer with reflections.

Vectors are immutable objects with operator methods; spheres and a
checkered plane are intersected, shaded with Lambert and Phong terms and
reflected (after the raytrace benchmarks of the Python suites).
"""
import sys
import time
import math

SMALL_SIZE = 8      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 170  # the size `benches run` times: the image is SIZE x SIZE

EPSILON = 0.00001
MAX_DEPTH = 3


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __mul__(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2.0)

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


ZERO = Vector(0.0, 0.0, 0.0)
RIGHT = Vector(1.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)
OUT = Vector(0.0, 0.0, 1.0)


class Ray(object):
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector.scale(t)


class Sphere(object):
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace(object):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Surface(object):
    def __init__(self, colour, specular=0.2, lambert=0.6, ambient=0.2, shininess=16):
        self.base_colour = colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient
        self.shininess = shininess

    def colour_at(self, scene, ray, p, normal):
        return self.base_colour

    def shade(self, scene, ray, p, normal, depth):
        b = self.colour_at(scene, ray, p, normal)
        c = ZERO
        if self.specular > 0 and depth < MAX_DEPTH:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = c + scene.ray_colour(reflected, depth + 1).scale(self.specular)
        if self.lambert > 0:
            lambert_amount = 0.0
            phong = 0.0
            for light in scene.visible_lights(p):
                to_light = (light - p).normalized()
                contribution = to_light.dot(normal)
                if contribution > 0:
                    lambert_amount += contribution
                    half = (to_light - ray.vector).normalized()
                    h = half.dot(normal)
                    if h > 0:
                        phong += h ** self.shininess
            lambert_amount = min(1.0, lambert_amount)
            c = c + b.scale(self.lambert * lambert_amount) + Vector(phong, phong, phong).scale(0.3)
        if self.ambient > 0:
            c = c + b.scale(self.ambient)
        return c


class CheckerSurface(Surface):
    def __init__(self, colour, other, check_size=1.0, **kwargs):
        Surface.__init__(self, colour, **kwargs)
        self.other_colour = other
        self.check_size = check_size

    def colour_at(self, scene, ray, p, normal):
        v = p - ZERO
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)
        self.fov = 45

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def intersect(self, ray):
        best = None
        best_t = 1e300
        for shape, surface in self.objects:
            t = shape.intersection_time(ray)
            if t is not None and EPSILON < t < best_t:
                best = (shape, surface)
                best_t = t
        return best, best_t

    def ray_colour(self, ray, depth):
        hit, t = self.intersect(ray)
        if hit is None:
            return ZERO
        shape, surface = hit
        p = ray.point_at_time(t)
        return surface.shade(self, ray, p, shape.normal_at(p), depth)

    def visible_lights(self, p):
        result = []
        for light in self.lights:
            hit, t = self.intersect(Ray(p, light - p))
            if hit is None or t > (light - p).magnitude():
                result.append(light)
        return result

    def render(self, width, height):
        fov_radians = math.pi * (self.fov / 2.0) / 180.0
        half_width = math.tan(fov_radians)
        half_height = 0.75 * half_width
        pixel_width = half_width * 2.0 / (width - 1)
        pixel_height = half_height * 2.0 / (height - 1)
        eye_vector = (self.look_at - self.eye).normalized()
        vpright = eye_vector.cross(UP).normalized()
        vpup = vpright.cross(eye_vector).normalized()
        total_r = total_g = total_b = 0
        digest = 0
        for y in range(height):
            for x in range(width):
                xcomp = vpright.scale(x * pixel_width - half_width)
                ycomp = vpup.scale(y * pixel_height - half_height)
                ray = Ray(self.eye, eye_vector + xcomp + ycomp)
                colour = self.ray_colour(ray, 0)
                r = int(min(1.0, colour.x) * 255.0)
                g = int(min(1.0, colour.y) * 255.0)
                b = int(min(1.0, colour.z) * 255.0)
                total_r += r
                total_g += g
                total_b += b
                digest = (digest * 31 + r * 65536 + g * 256 + b) % 4294967291
        return total_r, total_g, total_b, digest


def bench(n):
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), Surface(Vector(1.0, 1.0, 0.0)))
    for y in range(6):
        scene.add(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                  Surface(Vector(y / 6.0, 1.0 - y / 6.0, 0.5)))
    scene.add(Halfspace(Vector(0.0, 0.0, 0.0), UP),
              CheckerSurface(Vector(1.0, 1.0, 1.0), Vector(0.0, 0.0, 0.0), specular=0.3))
    r, g, b, digest = scene.render(n, n)
    return "raytrace %dx%d rgb=(%d, %d, %d) digest=%d" % (n, n, r, g, b, digest)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(iterations):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if len(sys.argv) > 2:
            sys.stderr.write("bench-iteration: %d %.9f\n" % (i + 1, t1 - t0))
    print(result)


if __name__ == "__main__":
    main()
