"""``python -m instructor``: regenerate every generated file of the lecturer's material."""

from instructor import assignments, course, worked_answers


def main() -> None:
    for path in assignments.write_all():
        print(f"wrote {path}")
    print(f"wrote {course.write()}")
    print(f"wrote {worked_answers.write()}")


if __name__ == "__main__":
    main()
