"""One case through a verified package: eligibility first, then the explanation with its range
and its warnings (eligibility `warn`, `uncertain`, `out_of_population`, or `no_range`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from explainers import Explanation, explain
from explainers.api import case_vector, case_warnings
from models.eligibility import Eligibility, assess_eligibility
from models.reliability import NO_RANGE
from models.verify import VerifiedPackage


@dataclass(frozen=True)
class Assessment:
    """What the app may show for one case: the explanation, or why the model must not be used."""

    eligibility: Eligibility
    explanation: Explanation | None  # None when a blocking rule or question holds

    def blocked_json(self, package: VerifiedPackage) -> dict[str, Any]:
        """`{"model", "model_version", "eligible": false, "blocked_by": [{"code", "rule"}]}`."""
        return {
            "model": package.card.id,
            "model_version": package.card.version,
            "eligible": False,
            "blocked_by": [f.to_json() for f in self.eligibility.blocked_by],
        }


def with_reliability(
    package: VerifiedPackage, case: Mapping[str, float], explanation: Explanation
) -> Explanation:
    """The explanation with the package's range for this case and the trust warnings added."""
    if package.reliability is None:
        extra: list[dict[str, Any]] = [{"code": NO_RANGE}]
        return dataclasses.replace(explanation, warnings=[*explanation.warnings, *extra])
    runner = package.runner
    vec = case_vector(runner.spec, dict(case))
    space = "probability" if runner.spec.output.kind == "binary_probability" else "raw"
    if explanation.output_space == space:  # the range is about the number shown
        score = float(explanation.prediction)
    else:
        score = float(runner.predict(vec.reshape(1, -1), output_space=space)[0])
    interval, extra = package.reliability.assess(vec, score)
    return dataclasses.replace(
        explanation, interval=interval, warnings=[*explanation.warnings, *extra]
    )


def explain_package(
    package: VerifiedPackage,
    case: Mapping[str, float],
    *,
    output_space: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Explanation:
    """Explain `case` with the package's model over its whole background sample, with the
    prediction's range and the trust warnings (`uncertain`, `out_of_population`, `no_range`)."""
    runner = package.runner
    explanation = explain(
        runner,
        runner.spec,
        package.background,
        dict(case),
        output_space=output_space,
        on_progress=on_progress,
        should_stop=should_stop,
    )
    return with_reliability(package, case, explanation)


def assess_case(  # noqa: PLR0913 - the explainer's options pass through
    package: VerifiedPackage,
    case: Mapping[str, float],
    *,
    answers: Mapping[str, object],
    file: str = "case",
    output_space: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Assessment:
    """Check the case's values, then eligibility (answers refused by name if incomplete);
    explain only when eligible."""
    case_warnings(package.runner.spec, case_vector(package.runner.spec, dict(case)))
    eligibility = assess_eligibility(package.card.raw, case, answers, file=file)
    if not eligibility.eligible:
        return Assessment(eligibility, None)
    explanation = explain_package(
        package, case, output_space=output_space, on_progress=on_progress, should_stop=should_stop
    )
    warned = eligibility.warnings()
    if warned:
        explanation = dataclasses.replace(explanation, warnings=[*warned, *explanation.warnings])
    return Assessment(eligibility, explanation)
