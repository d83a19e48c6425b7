"""Self-check quiz: the questions of one notebook, each with a "Check" button.

The questions and the marking are :mod:`liftlab.quiz`'s (:func:`liftlab.check_answer`);
this module only lays them out. A multiple-choice question shows ``RadioButtons``, a
numeric one a ``Text`` box (so "26", "26 kcal/day" or "3,000" are all understood).
Feedback is written into an ``HTML`` widget from the kernel side; nothing is printed
and nothing is sent anywhere.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from liftlab.quiz import NumericQuestion, Question, check_answer, questions_for

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


class QuizQuestion(widgets.VBox):
    """One question: its prompt, a way to answer, a "Check" button and the feedback."""

    def __init__(self, question: Question | NumericQuestion, number: int) -> None:
        self.question = question
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
                placeholder=f"a number{unit}",
                description="Answer",
            )
        self.check_button = widgets.Button(
            description="Check",
            tooltip="Check your answer",
            button_style="",
            icon="check",
        )
        self.feedback = widgets.HTML("")
        self.check_button.on_click(lambda _button: self.check())
        super().__init__([self.prompt, self.answer, self.check_button, self.feedback])
        self.add_class("liftlab-question")

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
                else "Type a number, then press Check."
            )
            self.feedback.value = _feedback_html(hint, None)
            return None
        try:
            result = check_answer(self.question, response)
        except (ValueError, TypeError) as exc:
            self.feedback.value = _feedback_html(str(exc), None)
            return None
        self.feedback.value = _feedback_html(result.feedback, result.correct)
        return result.correct


class Quiz(widgets.VBox):
    """All questions of one notebook, one under the other."""

    def __init__(self, topic: str) -> None:
        self.topic = topic
        self.questions = [
            QuizQuestion(question, number)
            for number, question in enumerate(questions_for(topic), start=1)
        ]
        count = len(self.questions)
        self.header = widgets.HTML(
            f"<p><b>Self-check</b>: {count} question{'s' if count != 1 else ''}. "
            "Answer, then press <i>Check</i> under each one; the answer and its explanation "
            "appear below it.</p>"
        )
        super().__init__([self.header, *self.questions])
        self.add_class("liftlab-quiz")


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
