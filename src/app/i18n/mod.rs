//! UI languages. Each language is one file holding a `Texts` value; the compiler checks that
//! every language has every text. Journey text is never translated: it is shown as written.

mod en;
mod es;
mod it;
mod messages;

use crate::domain::curve::Feeling;
use crate::domain::decimal::grouped;
use crate::domain::insights::{FlagKind, Quadrant};
use crate::domain::lanes::LaneKind;
use crate::domain::model::OpportunityKind;

/// A UI language. Adding one: a file like `en.rs`, a variant here, and its code and name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    It,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::It];

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Es => &es::TEXTS,
            Lang::It => &it::TEXTS,
        }
    }

    /// The BCP 47 code, for `<html lang>` and `lang=` in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::It => "it",
        }
    }

    /// The language's name in itself, for the menu.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::It => "Italiano",
        }
    }

    /// The first of `wanted` (language tags, most wanted first: `es-AR`, `it`, …) that the
    /// app speaks, by primary language.
    pub fn pick<'a>(mut wanted: impl Iterator<Item = &'a str>) -> Option<Lang> {
        wanted.find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Lang::ALL.into_iter().find(|l| l.code() == primary)
        })
    }
}

/// Every piece of UI text. Functions build texts with numbers or names in them.
pub struct Texts {
    pub app_name: &'static str,
    /// The title of a journey whose file gives none.
    pub untitled: &'static str,
    /// A number as this language writes it (`2.5`, or with a decimal comma `2,5`).
    pub num: fn(f64) -> String,
    /// `num`, with every digit needed to tell the value from the others (`problem::num_apart`).
    pub num_apart: fn(f64, &[f64]) -> String,
    /// A feeling with its sign (`+1.5`, `−2`), as this language writes numbers.
    pub signed: fn(f64) -> String,
    pub open_file: &'static str,
    pub paste_json: &'static str,
    pub examples: &'static str,
    pub view: &'static str,
    pub view_map: &'static str,
    pub view_curve: &'static str,
    pub view_insights: &'static str,
    /// The short label of a mark on a step.
    pub flag: fn(FlagKind) -> &'static str,
    pub quadrant: fn(Quadrant) -> &'static str,
    /// Titles of the insights view's sections, in order: summary, weakest links, changes,
    /// matrix, metrics, ownership, opportunities.
    pub insight_sections: [&'static str; 7],
    /// Summary labels: steps, phases, personas, average feeling, lowest point, likely breaks,
    /// targets missed.
    pub summary_labels: [&'static str; 7],
    /// Ownership table columns: owner, steps, average feeling, pains, opportunities,
    /// handoffs in, handoffs out.
    pub owner_columns: [&'static str; 7],
    /// The priority matrix: its axes (importance, the lowest persona's feeling), and that
    /// feeling's name where a step is placed in words.
    pub matrix_axes: [&'static str; 3],
    pub no_kind: &'static str,
    pub no_owner: &'static str,
    /// The opportunity board's two groupings: by kind, by owner.
    pub board_by: [&'static str; 2],
    pub curative_only: &'static str,
    pub missed_at: &'static str,
    pub nothing_found: &'static str,
    /// Said by an empty priority matrix: what a step needs to be on it.
    pub matrix_empty: &'static str,
    /// The button under a long list of insights that shows all of its `n` items.
    pub show_all: fn(usize) -> String,
    /// The priority matrix's mark for `n` more steps at one spot than it draws dots for.
    pub more_here: fn(usize) -> String,
    /// Under the health's lowest point reached at more than one step: how many steps, `n`,
    /// reach it (the card names the first, and the weakest links may list another first).
    /// Said of the value, not of the persona named above it.
    pub reached_at: fn(usize) -> String,
    /// The summary of the list of the steps behind the priority matrix's "+n" counts.
    pub behind_counts: fn(usize) -> String,
    pub show_on_map: fn(&str) -> String,
    pub phases: &'static str,
    pub loading: fn(&str) -> String,
    pub drop_here: &'static str,
    pub drop_hint: &'static str,
    pub opened_with_problems: fn(&str, usize) -> String,
    /// (what, whether a map is shown and stays)
    pub could_not_open: fn(&str, bool) -> String,
    pub dismiss: &'static str,
    pub and_more: fn(usize) -> String,
    // What the core finds, said in this language: a file's problems (their place, a path
    // or `line:column`, is shown as it is) and the insights' reasons. Ids, values and
    // journey text in them are quoted as written.
    /// A problem, without its place.
    pub problem: fn(&crate::domain::problem::ProblemKind) -> String,
    /// What the reader did about a problem (never asked for `Effect::None`).
    pub effect: fn(&crate::domain::problem::Effect) -> String,
    /// What is wrong with a share link.
    pub link_error: fn(&crate::domain::link::LinkError) -> String,
    /// An image or page that carries no journey.
    pub no_journey: fn(crate::domain::carrier::NoJourney) -> &'static str,
    /// Why the insights name a step: a mark's reason, a line of the insights view.
    pub explain: crate::domain::insights::Explain,
    /// The name of a well-known metric the file does not name, by id (`None`: the core's
    /// English name, or an acronym such as NPS, is shown).
    pub metric_name: fn(&str) -> Option<&'static str>,
    pub paste_title: &'static str,
    pub paste_hint: &'static str,
    pub open: &'static str,
    pub cancel: &'static str,
    pub importance: fn(f64) -> String,
    pub step_n: fn(usize) -> String,
    pub target: fn(f64, bool, &str) -> String,
    pub target_met: &'static str,
    pub target_missed: &'static str,
    pub opportunity_kind: fn(OpportunityKind) -> &'static str,
    pub feeling: fn(Feeling) -> &'static str,
    pub emotion_scale: &'static str,
    pub default_persona: &'static str,
    pub point_label: fn(&str, &str, f64, Feeling) -> String,
    pub lane_title: fn(LaneKind) -> &'static str,
    pub lanes_menu: &'static str,
    /// The Theme menu and its choices: automatic (the system's), light, dark, high contrast.
    pub theme_menu: &'static str,
    pub themes: [&'static str; 4],
    pub lanes_empty: &'static str,
    pub show_persona: fn(&str, bool) -> String,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub no_steps: &'static str,
    pub no_lanes: &'static str,
    pub no_feelings: &'static str,
    pub http_error: fn(u16, &str) -> String,
    pub network_error: &'static str,
    pub bad_src: fn(&str) -> String,
    /// The file's size in MB; infinite when its reading stopped at the limit.
    pub too_large: fn(f64) -> String,
    pub unreadable_file: &'static str,
    pub pasted_text: &'static str,
    pub dropped_text: &'static str,
    pub shared_link: &'static str,
    pub link_damaged: &'static str,
    pub link_locked: &'static str,
    pub locked_title: &'static str,
    pub locked_hint: &'static str,
    pub passphrase: &'static str,
    pub passphrase_optional: &'static str,
    pub passphrase_share_hint: &'static str,
    pub wrong_passphrase: &'static str,
    pub needs_secure_page: &'static str,
    pub unlocking: &'static str,
    pub link_failed: &'static str,
    pub share: &'static str,
    pub share_title: &'static str,
    pub share_hint: &'static str,
    pub share_link: &'static str,
    pub embed_code: &'static str,
    pub embed_hint: &'static str,
    pub open_full_view: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub link_length: fn(usize) -> String,
    pub link_too_long: &'static str,
    /// The page is a file on disk: its links open only on this computer.
    pub link_local: &'static str,
    /// In the Share dialog when the reader left values of the file out or replaced them.
    pub left_out_of_link: &'static str,
    pub download_json: &'static str,
    pub download_html: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub image_scaled: fn(u32) -> String,
    /// Shown while a long map is drawn whole for an image (it takes seconds).
    pub drawing_image: &'static str,
    /// A PNG refused: the map would be shrunk to this percent, below what can be read.
    pub image_unreadable: fn(u32) -> String,
    pub close: &'static str,
    pub source_example: fn(&str) -> String,
    pub links: &'static str,
    pub opens_in_new_tab: &'static str,
    /// The step details: "Step 3 of 18", previous, next, the personas' feelings.
    pub step_of: fn(usize, usize) -> String,
    pub previous_step: &'static str,
    pub next_step: &'static str,
    /// The filter bar: search, "3 of 12" matches, previous and next match.
    pub search: &'static str,
    pub matches: fn(usize, usize) -> String,
    /// Heard when a channel or owner filter changes: "Matching steps: 12 of 60".
    pub kept_steps: fn(usize, usize) -> String,
    pub previous_match: &'static str,
    pub next_match: &'static str,
    pub channel: &'static str,
    pub owner: &'static str,
    pub all_channels: &'static str,
    pub all_owners: &'static str,
    pub clear_filters: &'static str,
    /// Said after the name of a step the filters dim (to screen readers only).
    pub filtered_out: &'static str,
    /// (hidden lanes, hidden personas)
    pub hidden_counts: fn(usize, usize) -> String,
    pub zoom: &'static str,
    pub zoom_out: &'static str,
    pub zoom_in: &'static str,
    pub zoom_fit: &'static str,
    pub zoom_actual: &'static str,
    pub shortcuts: &'static str,
    /// The shortcut list's switch for the page-wide shortcuts of one character.
    pub single_keys: &'static str,
    /// Told to screen readers after each of them while they are off (the rows are struck
    /// through on screen).
    pub single_keys_off: &'static str,
    /// The heading of the marks' legend, under the shortcuts.
    pub marks_legend: &'static str,
    /// Keys (separated by spaces, each shown as a key) and what they do; those of search,
    /// zoom and the views last (an embedded map has none of them: it lists the first 8).
    pub shortcut_keys: [(&'static str, &'static str); 13],
    /// The curve: the widest gap between personas (short, and with step and size), the
    /// one-sentence summary (persona, lowest step and value, highest step and value), the table.
    pub widest: &'static str,
    pub widest_gap: fn(&str, f64) -> String,
    pub curve_summary: fn(&str, &str, f64, &str, f64) -> String,
    pub curve_table: &'static str,
    pub step: &'static str,
    pub phase: &'static str,
    pub language: &'static str,
    /// Collapsing phases: the phase header's button ("Collapse “Onboarding”"), the
    /// summary column's label, its lowest feeling (signed, with the persona's name when
    /// there are several), and the filter chip that expands them all ("2 phases collapsed").
    pub collapse_phase: fn(&str) -> String,
    pub expand_phase: fn(&str) -> String,
    pub collapsed: &'static str,
    pub lowest_feeling: fn(&str, &str) -> String,
    pub collapsed_phases: fn(usize) -> String,
    pub collapse_all: &'static str,
    pub expand_all: &'static str,
    pub present: PresentTexts,
}

/// Presenting: the control, the slides, the presentation's bar and the presenter view.
pub struct PresentTexts {
    pub present: &'static str,
    /// The presentation's label (for screen readers), before the journey's title.
    pub presentation: &'static str,
    /// Above the title on the first slide.
    pub journey: &'static str,
    /// Phases, steps: "3 phases · 12 steps".
    pub counts: fn(usize, usize) -> String,
    pub phase_of: fn(usize, usize) -> String,
    pub goal: &'static str,
    /// A phase's steps and pain points: "4 steps · 3 pain points".
    pub phase_summary: fn(usize, usize) -> String,
    /// The lowest feeling (signed) and the step where it is felt.
    pub lowest_at: fn(&str, &str) -> String,
    /// After a list cut short: "and 3 more".
    pub more: fn(usize) -> String,
    /// The closing slide's title, and its two lists.
    pub closing: &'static str,
    pub top_pains: &'static str,
    pub top_ideas: &'static str,
    pub none: &'static str,
    pub slide_of: fn(usize, usize) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub phases_only: &'static str,
    pub presenter_view: &'static str,
    pub full_screen: &'static str,
    pub blank: &'static str,
    pub exit: &'static str,
    /// The presenter view: the slide shown, the next one, past the last, the notes.
    pub now: &'static str,
    pub up_next: &'static str,
    pub end: &'static str,
    pub notes: &'static str,
    /// Said in the Notes panel when the slide has nothing for the presenter.
    pub no_notes: &'static str,
    pub restart_timer: &'static str,
    pub waiting: &'static str,
    /// A slide number being typed: "Go to 12".
    pub go_to: fn(&str) -> String,
    /// The keys, in one line.
    pub keys: &'static str,
}

/// `num` in English: `12,345.5`.
pub fn num_en(value: f64) -> String {
    grouped(crate::domain::problem::num(value), ",", 4)
}

/// A count in English: `10,000`.
pub fn count_en(n: usize) -> String {
    num_en(n as f64)
}

/// A count in languages that write a decimal comma: `1000`, `10.000`.
pub fn count_comma(n: usize) -> String {
    num_comma(n as f64)
}

/// `num_apart` in English.
pub fn num_apart_en(value: f64, others: &[f64]) -> String {
    grouped(crate::domain::problem::num_apart(value, others), ",", 4)
}

/// `num` for languages that write a decimal comma (Spanish, Italian): `2,5`, `12.345,5`
/// (grouped from five digits, as their style guides and CLDR do: `1000`).
pub fn num_comma(value: f64) -> String {
    grouped(crate::domain::problem::num(value).replace('.', ","), ".", 5)
}

/// `num_apart` for languages that write a decimal comma.
pub fn num_apart_comma(value: f64, others: &[f64]) -> String {
    grouped(
        crate::domain::problem::num_apart(value, others).replace('.', ","),
        ".",
        5,
    )
}

/// `signed` for languages that write a decimal comma: `+1,5`.
pub fn signed_comma(value: f64) -> String {
    crate::domain::curve::signed(value).replace('.', ",")
}

/// A journey's title as shown: the file's, or for a file that gives none, `untitled` (the
/// UI language's "Untitled journey").
pub fn title_in<'a>(title: &'a str, untitled: &'a str) -> &'a str {
    match title == crate::domain::parse::UNTITLED {
        true => untitled,
        false => title,
    }
}

impl Texts {
    /// A journey's title as shown in this language (see `title_in`).
    pub fn title_of<'a>(&'a self, title: &'a str) -> &'a str {
        title_in(title, self.untitled)
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn picks_the_first_language_spoken_by_its_primary_tag() {
        assert_eq!(Lang::pick(["es-AR", "en"].into_iter()), Some(Lang::Es));
        assert_eq!(
            Lang::pick(["de-DE", "IT_ch", "en"].into_iter()),
            Some(Lang::It)
        );
        assert_eq!(Lang::pick(["fr", "de"].into_iter()), None);
        assert_eq!(
            Lang::pick(["".into()].iter().map(|s: &String| s.as_str())),
            None
        );
        for lang in Lang::ALL {
            assert_eq!(Lang::pick([lang.code()].into_iter()), Some(lang));
        }
    }
}
