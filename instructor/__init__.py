"""Lecturer's material for liftlab: the term plan, the objective map, worked answers and
the nbgrader assignments. Not part of the installed package; students never need it.

Regenerate every generated file (the assignments' source notebooks, ``course-map.md`` and
``worked-answers.md``) with ``.venv/bin/python -m instructor``.
"""
