//! Where importance and satisfaction come from (direct ratings, survey means, AHP priorities),
//! and switching between them without blanking every weight.

use crate::model::tree::Node;
use crate::model::{Edit, ImportanceSource, QualityId, SatisfactionSource};
use crate::tui::app::App;
use crate::tui::strings::{S, fill};

pub fn source_name(s: ImportanceSource) -> S {
    match s {
        ImportanceSource::Direct => S::SourceDirect,
        ImportanceSource::Survey => S::SourceSurvey,
        ImportanceSource::Ahp => S::SourceAhp,
    }
}

/// Why a source would leave every quality without a value, if it would: a switch that blanks
/// every weight is refused with this reason rather than made silently.
fn source_missing(app: &App, source: ImportanceSource) -> Option<S> {
    let d = app.plan();
    let some = |f: &dyn Fn(QualityId) -> bool| app.project.qualities.iter().any(|q| f(q.id));
    match source {
        ImportanceSource::Direct => None,
        ImportanceSource::Survey => (!some(&|q| {
            d.survey
                .mean(q, crate::model::Question::Importance)
                .is_some()
        }))
        .then_some(S::NoSurveyImportance),
        ImportanceSource::Ahp => (!some(&|q| d.priorities.global.contains_key(&Node::Quality(q))))
            .then_some(S::NoAhpPriorities),
    }
}

/// Moves importance on to the next source that gives values (direct, survey, AHP, round again),
/// naming the sources passed over for having none.
pub(super) fn cycle_source(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut meta = app.project.meta.clone();
    let at = ImportanceSource::ALL
        .iter()
        .position(|s| *s == meta.importance)
        .unwrap_or(0);
    let n = ImportanceSource::ALL.len();
    let mut skipped = Vec::new();
    let mut to = None;
    for k in 1..n {
        let s = ImportanceSource::ALL[(at + k) % n];
        match source_missing(app, s) {
            Some(why) => skipped.push(app.t(why)),
            None => {
                to = Some(s);
                break;
            }
        }
    }
    let Some(to) = to else {
        app.error(skipped.join("; "));
        return;
    };
    meta.importance = to;
    let mut msg = fill(app.t(S::SourceNow), &[&app.t(source_name(to))]);
    if !skipped.is_empty() {
        msg.push_str(&fill(app.t(S::SourcesSkipped), &[&skipped.join("; ")]));
    }
    if app.commit(
        Edit::SetMeta(meta),
        app.t(S::DoSetImportanceSource).to_string(),
    ) {
        app.info(msg);
    }
}

pub(super) fn cycle_satisfaction(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut meta = app.project.meta.clone();
    meta.satisfaction = match meta.satisfaction {
        SatisfactionSource::Direct => SatisfactionSource::Survey,
        SatisfactionSource::Survey => SatisfactionSource::Direct,
    };
    // Survey satisfaction with no answers would leave every row without a current value.
    if meta.satisfaction == SatisfactionSource::Survey {
        let d = app.plan();
        let any = app.project.qualities.iter().any(|q| {
            d.survey
                .mean(q.id, crate::model::Question::Satisfaction)
                .is_some()
        });
        if !any {
            app.error(app.t(S::NoSurveySatisfaction));
            return;
        }
    }
    let name = app.t(satisfaction_name(meta.satisfaction));
    let what = app.t(S::DoSetSatisfactionSource).to_string();
    if app.commit(Edit::SetMeta(meta), what) {
        app.info(fill(app.t(S::SatisfactionNow), &[&name]));
    }
}

pub fn satisfaction_name(s: SatisfactionSource) -> S {
    match s {
        SatisfactionSource::Direct => S::SourceDirect,
        SatisfactionSource::Survey => S::SourceSurvey,
    }
}
