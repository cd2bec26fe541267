//! Layout math for the swimlane map: the order of step columns (grouped by phase), phase
//! spans, column positions, and the window of columns to draw for a scroll position
//! (only what is visible is in the DOM, so a 10,000-step map scrolls like a 10-step one).

use rustc_hash::FxHashMap;
use std::ops::Range;

use super::model::Journey;

/// One column of the map: a step, or the summary of a collapsed phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// Index into `journey.steps` (for a summary, the phase's first step).
    pub step: usize,
    /// Index into `journey.phases`.
    pub phase: usize,
    /// The step's place in the whole map (0-based), whatever is collapsed: its number.
    pub number: usize,
    /// The column stands for a whole collapsed phase.
    pub summary: bool,
}

/// A phase and the columns it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseSpan {
    /// Index into `journey.phases`.
    pub phase: usize,
    /// The span's columns.
    pub first: usize,
    pub len: usize,
}

impl PhaseSpan {
    pub fn columns(&self) -> Range<usize> {
        self.first..self.first + self.len
    }
}

/// Columns in display order and the phases over them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapLayout {
    pub columns: Vec<Column>,
    pub spans: Vec<PhaseSpan>,
}

/// Orders steps by their phase's position, keeping file order inside a phase. Phases without
/// steps get no span.
pub fn layout(journey: &Journey) -> MapLayout {
    let by_id: FxHashMap<&str, usize> = journey
        .phases
        .iter()
        .enumerate()
        .rev() // the first of duplicate ids wins, as with a linear search
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let phase_index = |id: &str| by_id.get(id).copied();
    let mut columns: Vec<Column> = Vec::new();
    for (step, s) in journey.steps.iter().enumerate() {
        if let Some(phase) = phase_index(&s.phase) {
            columns.push(Column {
                step,
                phase,
                number: 0,
                summary: false,
            });
        }
    }
    super::sorting::sort_by_key(&mut columns, &|c| c.phase); // stable: file order within a phase
    for (number, c) in columns.iter_mut().enumerate() {
        c.number = number;
    }
    spans_of(columns)
}

/// The phase spans over `columns`, which are grouped by phase.
fn spans_of(columns: Vec<Column>) -> MapLayout {
    let mut spans: Vec<PhaseSpan> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        match spans.last_mut() {
            Some(span) if span.phase == c.phase => span.len += 1,
            _ => spans.push(PhaseSpan {
                phase: c.phase,
                first: i,
                len: 1,
            }),
        }
    }
    MapLayout { columns, spans }
}

/// The layout with each phase for which `collapsed` holds drawn as one summary column.
/// Steps keep their numbers; the other columns move left.
pub fn collapse(full: &MapLayout, collapsed: &dyn Fn(usize) -> bool) -> MapLayout {
    let mut columns = Vec::with_capacity(full.columns.len());
    for span in &full.spans {
        let steps = &full.columns[span.columns()];
        match collapsed(span.phase) {
            true => columns.push(Column {
                summary: true,
                ..steps[0]
            }),
            false => columns.extend_from_slice(steps),
        }
    }
    spans_of(columns)
}

impl MapLayout {
    /// The column of the step numbered `number` (see `Column::number`), unless collapsed.
    pub fn column_of_number(&self, number: usize) -> Option<usize> {
        let at = self.columns.partition_point(|c| c.number < number);
        self.columns
            .get(at)
            .filter(|c| c.number == number && !c.summary)
            .map(|_| at)
    }
}

/// The columns to draw: those that intersect the viewport, plus `overscan` on each side.
///
/// `scroll_x` is the scroll offset of the map, `viewport_width` its visible width, the first
/// `header_width` pixels of which are covered by the sticky lane titles.
pub fn visible_columns(
    scroll_x: f64,
    viewport_width: f64,
    header_width: f64,
    column_width: f64,
    count: usize,
    overscan: usize,
) -> Range<usize> {
    if count == 0 || column_width <= 0.0 {
        return 0..0;
    }
    let scroll_x = scroll_x.max(0.0);
    let first = (scroll_x / column_width).floor() as usize;
    let visible_width = (viewport_width - header_width).max(column_width);
    let last = ((scroll_x + visible_width) / column_width).ceil() as usize;
    let start = first.saturating_sub(overscan).min(count);
    let end = (last + overscan).min(count).max(start);
    start..end
}

/// The phase spans that intersect `window`, clipped to it.
pub fn spans_in(spans: &[PhaseSpan], window: &Range<usize>) -> Vec<PhaseSpan> {
    spans
        .iter()
        .filter_map(|s| {
            let first = s.first.max(window.start);
            let end = (s.first + s.len).min(window.end);
            (first < end).then(|| PhaseSpan {
                phase: s.phase,
                first,
                len: end - first,
            })
        })
        .collect()
}

/// The x of a column's centre, relative to the left edge of column `origin`.
pub fn column_center(column: usize, origin: usize, column_width: f64) -> f64 {
    (column as f64 - origin as f64 + 0.5) * column_width
}

/// How many of a step's marks its header names, most urgent first: the first always, and
/// the next as long as they and the others' symbols fit one line of `width` px; the others
/// show their symbols only (every mark stays in sight: a mark behind a "+N" hid where the
/// journey must be fixed first). Where the first name and the symbols do not fit, the
/// symbols wrap (the steps with most marks: the most urgent one keeps its name). The widths
/// are estimated from the names' lengths (measured in Chromium: a chip is about 26 px plus
/// 5.4 to 7.6 a character at 11 px bold, a symbol's chip 15 to 17), so that no chip is
/// measured, which would cost a layout per header.
pub fn marks_named(labels: &[&str], width: f64) -> usize {
    const CHIP: f64 = 26.0;
    const CHAR: f64 = 7.0;
    const GAP: f64 = 4.0;
    const SYMBOL: f64 = 20.0; // with its gap
    let mut used = 0.0;
    for (i, label) in labels.iter().enumerate() {
        used += CHIP + CHAR * label.chars().count() as f64 + if i > 0 { GAP } else { 0.0 };
        let symbols = (labels.len() - i - 1) as f64 * SYMBOL;
        if used + symbols > width {
            return i.max(1);
        }
    }
    labels.len()
}
