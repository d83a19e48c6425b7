"""Self-check quizzes: the questions of one notebook, or of the whole course.

The questions and the marking are :mod:`liftlab.quiz`'s (:func:`liftlab.check_answer`);
this module only lays them out. A multiple-choice question shows ``RadioButtons``, a
numeric one a ``Text`` box that reads numbers the way people type them ("26",
"116,7 kg", "3,000"; see :func:`liftlab.quiz.read_number`). Enter in the box (or leaving
it) commits the typed answer, which is marked at once; the "Check" button marks too. A
new choice removes the verdict or hint about the old one. Feedback is written into an
``HTML`` widget from the kernel side; nothing is printed and nothing is sent anywhere.

Why a commit marks, rather than ipywidgets' "submit" message on Enter: the browser sends
the Text's value while typing as state updates, which ipywidgets holds back while an
earlier one is still being processed, but sends "submit" at once, so under load the
kernel could mark the text as it was a few keystrokes earlier (measured in the browser
tests). With ``continuous_update=False`` the value is sent once, on Enter or blur, and
that update itself is the request to mark: the verdict always belongs to the answer shown.

:func:`course_quiz` gathers the chapters' quizzes behind one button per chapter (a real
``<button>``: reached with Tab, opened with Enter or Space), because ipywidgets'
``Accordion`` headers cannot be reached with the keyboard.

Where a quiz cannot be drawn (an untrusted notebook in JupyterLab, a text export) its
output shows the questions as text, with "Run this cell to answer the questions."
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from liftlab.apps.readable import RUN_QUIZ, static_box
from liftlab.quiz import (
    TOPIC_TITLES,
    TOPICS,
    AnswerFormatError,
    NumericQuestion,
    Question,
    check_answer,
    questions_for,
)
from liftlab.validation import check_choice

__all__ = ["CourseQuiz", "Quiz", "QuizQuestion", "course_quiz", "quiz"]

_STYLE = {
    True: ("liftlab-correct", "#0b6b3a", "#e6f4ec", "#009E73", "✓"),
    False: ("liftlab-incorrect", "#8a3a00", "#fff4e5", "#D55E00", "✗"),
    None: ("liftlab-hint", "#333333", "#f2f2f2", "#999999", "→"),
}


def _feedback_html(text: str, correct: bool | None) -> str:
    css, colour, background, border, mark = _STYLE[correct]
    return (
        f'<div role="status" class="liftlab-feedback {css}" style="color:{colour};'
        f"background:{background};border-left:4px solid {border};padding:4px 8px;"
        f'margin:2px 0 8px 0">{mark} {html.escape(text)}</div>'
    )


def _how_to_answer(question: Question | NumericQuestion) -> str:
    if isinstance(question, Question):
        return ""
    unit = f", in {question.unit}" if question.unit else ""
    return f"Answer with a number{unit}."


class QuizQuestion(widgets.VBox):
    """One question: its prompt, a way to answer, a "Check" button and the feedback."""

    def __init__(self, question: Question | NumericQuestion, number: int) -> None:
        self.question = question
        self.number = number
        self.prompt = widgets.HTML(
            f'<p class="liftlab-prompt"><b>{number}.</b> {html.escape(question.prompt)}</p>'
        )
        if isinstance(question, Question):
            self.answer = widgets.RadioButtons(
                options=list(question.choices),
                value=None,
                layout=widgets.Layout(width="max-content"),
            )
        else:
            unit = f" ({question.unit})" if question.unit else ""
            self.answer = widgets.Text(
                value="",
                placeholder=f"a number{unit}, then Enter",
                description="Answer",
                continuous_update=False,  # sent on Enter or blur: see the module docstring
            )
        self.check_button = widgets.Button(
            description="Check",
            tooltip="Check your answer",
            button_style="",
            icon="check",
        )
        self.feedback = widgets.HTML("")
        self.check_button.on_click(lambda _button: self.check())
        self.answer.observe(self._on_answer_change, names="value")
        super().__init__([self.prompt, self.answer, self.check_button, self.feedback])
        self.add_class("liftlab-question")

    def _on_answer_change(self, _change: dict) -> None:
        """A typed answer was committed (Enter, or leaving the box): mark it. A new choice:
        the verdict (or hint) about the old one is stale, remove it."""
        if isinstance(self.question, NumericQuestion):
            self.check()
        elif self.feedback.value:
            self.feedback.value = ""

    def response(self) -> object:
        """What the reader answered: a choice index, the typed text, or ``None``."""
        if isinstance(self.question, Question):
            return self.answer.index
        text = self.answer.value.strip()
        return text or None

    def check(self) -> bool | None:
        """Mark the answer and show the feedback; ``None`` if there was nothing to mark."""
        response = self.response()
        if response is None:
            hint = (
                "Choose an answer, then press Check."
                if isinstance(self.question, Question)
                else "Type a number, then press Enter or Check."
            )
            self.feedback.value = _feedback_html(hint, None)
            return None
        try:
            result = check_answer(self.question, response)
        except AnswerFormatError as exc:
            self.feedback.value = _feedback_html(exc.hint[:1].upper() + exc.hint[1:], None)
            return None
        except (ValueError, TypeError) as exc:
            self.feedback.value = _feedback_html(str(exc), None)
            return None
        self.feedback.value = _feedback_html(result.feedback, result.correct)
        return result.correct


def _questions_html(questions: Sequence[Question | NumericQuestion]) -> str:
    items = []
    for question in questions:
        body = f"<p>{html.escape(question.prompt)}</p>"
        if isinstance(question, Question):
            choices = "".join(f"<li>{html.escape(choice)}</li>" for choice in question.choices)
            body += f'<ol type="a">{choices}</ol>'
        else:
            body += f"<p><i>{html.escape(_how_to_answer(question))}</i></p>"
        items.append(f"<li>{body}</li>")
    return f"<ol>{''.join(items)}</ol>"


def _questions_text(questions: Sequence[Question | NumericQuestion]) -> list[str]:
    lines = []
    for number, question in enumerate(questions, start=1):
        lines.append(f"{number}. {question.prompt}")
        if isinstance(question, Question):
            lines += [
                f"   {'abcdefghij'[i]}) {choice}" for i, choice in enumerate(question.choices)
            ]
        else:
            lines.append(f"   ({_how_to_answer(question)})")
    return lines


def _count(n: int) -> str:
    return f"{n} question{'s' if n != 1 else ''}"


class Quiz(widgets.VBox):
    """All questions of one notebook, one under the other.

    ``topic`` names a notebook of :data:`liftlab.quiz.TOPICS`; ``questions`` gives the
    questions directly instead (chapter 09 builds its own from the student's log).
    """

    def __init__(
        self,
        topic: str | None = None,
        questions: Sequence[Question | NumericQuestion] | None = None,
    ) -> None:
        if (topic is None) == (questions is None):
            raise ValueError("Quiz needs exactly one of topic= or questions=.")
        self.topic = topic
        chosen = questions_for(topic) if questions is None else tuple(questions)
        self.questions = [
            QuizQuestion(question, number) for number, question in enumerate(chosen, start=1)
        ]
        self.header = widgets.HTML(
            f"<p><b>Self-check</b>: {_count(len(self.questions))}. "
            "Choose an answer and press <i>Check</i>, or type a number and press Enter; the "
            "answer and its explanation appear below each question.</p>"
        )
        super().__init__([self.header, *self.questions])
        self.add_class("liftlab-quiz")

    def _repr_mimebundle_(self, **kwargs) -> dict:
        """The widget view, plus the questions as text for where it cannot be drawn."""
        questions = [item.question for item in self.questions]
        title = f"Self-check ({_count(len(questions))})"
        return {
            **super()._repr_mimebundle_(**kwargs),
            "text/html": static_box(RUN_QUIZ, f"<p><b>{title}</b></p>{_questions_html(questions)}"),
            "text/plain": "\n".join([f"{title}: {RUN_QUIZ}", *_questions_text(questions)]),
        }


def quiz(topic: str) -> Quiz:
    """Return the self-check quiz widget of a notebook (display it as a cell's last line).

    Parameters
    ----------
    topic : str
        A notebook id of :data:`liftlab.quiz.TOPICS`, e.g. ``"02-one-rep-max"``.

    Raises
    ------
    ValueError
        For an unknown topic (the message lists the known ones).

    Examples
    --------
    >>> q = quiz("02-one-rep-max")
    >>> q.questions[0].answer.index = 0
    >>> q.questions[0].check()
    True
    """
    return Quiz(topic)


def chapter_label(topic: str) -> str:
    """``"02 · One-rep max"``: the chapter's number and title (:data:`TOPIC_TITLES`)."""
    return f"{topic[:2]} · {TOPIC_TITLES[topic]}"


class CourseQuiz(widgets.VBox):
    """The quizzes of several chapters, each behind a button that shows or hides it.

    Every button is a ``<button>`` whose name says what it does ("Show 02 · One-rep max
    (3 questions)", then "Hide ..."), so it is reached with Tab, pressed with Enter or
    Space, and a screen reader announces the chapter and the action.
    """

    def __init__(self, topics: Sequence[str]) -> None:
        self.topics = tuple(topics)
        # A chapter's question widgets are built when it is first opened: all of them at
        # once are some 900 widgets, a burst of messages that a busy machine's kernel
        # connection can drop (ZMQ's high-water mark), leaving the cell looking busy.
        self.quizzes: list[Quiz | None] = [None] * len(self.topics)
        self._counts = [len(questions_for(topic)) for topic in self.topics]
        self.buttons = []
        self.sections = []
        for topic in self.topics:
            button = widgets.Button(layout=widgets.Layout(width="max-content"))
            button.add_class("liftlab-chapter-toggle")
            button.on_click(lambda _b, t=topic: self.toggle(t))
            self.buttons.append(button)
            self.sections.append(widgets.VBox([button]))
        self.header = widgets.HTML(
            f"<p><b>Self-check over the course</b>: {len(self.topics)} chapters, "
            f"{_count(sum(self._counts))}. Open a chapter with its "
            "button (Tab to it, Enter to open), answer, then press <i>Check</i>.</p>"
        )
        super().__init__([self.header, *self.sections])
        self.add_class("liftlab-course-quiz")
        for topic in self.topics:
            self._label(topic)

    def is_open(self, topic: str) -> bool:
        """Whether the chapter's questions are shown."""
        chapter = self.quizzes[self.topics.index(topic)]
        return chapter is not None and chapter.layout.display != "none"

    def toggle(self, topic: str, show: bool | None = None) -> None:
        """Show or hide a chapter's questions (``show=None``: the opposite of now)."""
        index = self.topics.index(check_choice("topic", topic, self.topics))
        show = not self.is_open(topic) if show is None else show
        chapter = self.quizzes[index]
        if chapter is None:
            if not show:
                return
            chapter = self.quizzes[index] = Quiz(topic)
            chapter.layout.margin = "0 0 0 1.5em"
            self.sections[index].children = (self.buttons[index], chapter)
        chapter.layout.display = "" if show else "none"
        self._label(topic)

    def _label(self, topic: str) -> None:
        index = self.topics.index(topic)
        shown = self.is_open(topic)
        button = self.buttons[index]
        action = "Hide" if shown else "Show"
        button.description = f"{action} {chapter_label(topic)} ({_count(self._counts[index])})"
        button.icon = "caret-down" if shown else "caret-right"
        button.tooltip = f"{action} the questions of chapter {chapter_label(topic)}"

    def _repr_mimebundle_(self, **kwargs) -> dict:
        """The widget view, plus every chapter's questions as text (HTML: one ``<details>``
        per chapter, which the keyboard opens too) for where it cannot be drawn."""
        sections, lines = [], [f"Self-check over the course: {RUN_QUIZ}"]
        for topic in self.topics:
            questions = list(questions_for(topic))
            label = f"{chapter_label(topic)} ({_count(len(questions))})"
            sections.append(
                f"<details><summary>{html.escape(label)}</summary>"
                f"{_questions_html(questions)}</details>"
            )
            lines += ["", label, *_questions_text(questions)]
        return {
            **super()._repr_mimebundle_(**kwargs),
            "text/html": static_box(
                RUN_QUIZ, "<p><b>Self-check over the course</b></p>" + "".join(sections)
            ),
            "text/plain": "\n".join(lines),
        }


def course_quiz(topics: Sequence[str] | None = None) -> CourseQuiz:
    """Return the whole-course self-check: one keyboard-operable section per chapter.

    Parameters
    ----------
    topics : sequence of str, optional
        Notebook ids of :data:`liftlab.quiz.TOPICS`, in the order to show them. By
        default every chapter except ``"08-summary"`` (whose own quiz the summary shows
        just above).

    Raises
    ------
    ValueError
        For an unknown topic, or no topic at all.

    Examples
    --------
    >>> q = course_quiz(["01-two-goals", "02-one-rep-max"])
    >>> q.buttons[1].description
    'Show 02 · One-rep max (3 questions)'
    >>> q.toggle("02-one-rep-max"); q.is_open("02-one-rep-max")
    True
    """
    if topics is None:
        topics = [topic for topic in TOPICS if topic != "08-summary"]
    if isinstance(topics, str):
        raise TypeError(f"topics={topics!r} is a single string: give a list of topics.")
    chosen = [check_choice("topic", topic, TOPICS) for topic in topics]
    if not chosen:
        raise ValueError("topics=[] is not allowed: give at least one topic.")
    if len(set(chosen)) != len(chosen):
        raise ValueError(f"topics={list(topics)!r} repeats a topic: give each chapter once.")
    return CourseQuiz(chosen)
