//! Colours and line styles: a colour for each channel or owner without one in the file (its
//! id's own where no tag before it took it, declared or named by a step), and a distinct
//! colour, dash and marker for each persona's curve, so that colour is never the only thing
//! telling two curves apart.

use super::decimal::decimal;

/// Tag colours, picked to stay readable as a chip's accent on light and dark backgrounds.
/// (The ninth is fuchsia: a second violet, #9333ea, was hard to tell from the fourth beside
/// it, a review's Marketing and Network operations. The seventh is cyan, #0891b2: a sky
/// blue, #0369a1, was the nearest pair with the first, CIEDE2000 11.3 where it is 22.8, and
/// its dot is clearer on the dark theme.)
pub const TAG_PALETTE: [&str; 10] = [
    "#2563eb", "#0d9488", "#c2410c", "#7c3aed", "#be123c", "#4d7c0f", "#0891b2", "#a16207",
    "#c026d3", "#475569",
];

/// The same id always gets the same colour, in every file (FNV-1a of the id).
pub fn stable_colour(id: &str) -> &'static str {
    TAG_PALETTE[stable_index(id)]
}

fn stable_index(id: &str) -> usize {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash as usize % TAG_PALETTE.len()
}

/// The id's stable colour, else the next in the palette not yet `taken` (a bit for each of
/// its colours; all taken: its stable colour), which it then takes: ten owners without
/// colours of their own all differ. With the stable colour alone, two of a file's owners
/// often shared one, and a handoff between them looked like none.
pub fn free_colour(id: &str, taken: &mut u16) -> &'static str {
    let start = stable_index(id);
    let free = (start..start + TAG_PALETTE.len())
        .map(|k| k % TAG_PALETTE.len())
        .find(|k| *taken & 1 << k == 0)
        .unwrap_or(start);
    *taken |= 1 << free;
    TAG_PALETTE[free]
}

/// The shape of a persona's points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Diamond,
    Triangle,
}

impl Marker {
    pub fn as_str(self) -> &'static str {
        match self {
            Marker::Circle => "circle",
            Marker::Square => "square",
            Marker::Diamond => "diamond",
            Marker::Triangle => "triangle",
        }
    }

    /// An SVG path for the marker centred on (0, 0) with radius `r`.
    pub fn path(self, r: f64) -> String {
        let n = |v: f64| decimal(v, 2);
        match self {
            Marker::Circle => {
                let (a, b) = (n(-r), n(r));
                format!("M{a} 0A{b} {b} 0 1 0 {b} 0A{b} {b} 0 1 0 {a} 0Z")
            }
            Marker::Square => {
                let (a, b) = (n(-r * 0.9), n(r * 0.9));
                format!("M{a} {a}H{b}V{b}H{a}Z")
            }
            Marker::Diamond => {
                let (a, b) = (n(-r * 1.25), n(r * 1.25));
                format!("M0 {a}L{b} 0L0 {b}L{a} 0Z")
            }
            Marker::Triangle => {
                let (a, b, c) = (n(-r * 1.2), n(r * 1.2), n(r * 1.2 * 0.8));
                format!("M0 {a}L{b} {c}L{a} {c}Z")
            }
        }
    }
}

/// How one persona's curve is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonaStyle {
    pub colour: &'static str,
    /// An SVG `stroke-dasharray`; empty for a solid line.
    pub dash: &'static str,
    /// The same, three times longer, for a slide's curve: six pixels wide with round ends,
    /// it closed the gaps of `dash` (its dashed persona looked solid).
    pub wide_dash: &'static str,
    pub marker: Marker,
}

/// Custom properties of each theme (style/tokens.css): the light theme's deep colours fall
/// under 3:1 on the dark theme's surface (the slate one to 1.7:1), so each theme has its own.
const PERSONA_COLOURS: [&str; 6] = [
    "var(--persona-1)",
    "var(--persona-2)",
    "var(--persona-3)",
    "var(--persona-4)",
    "var(--persona-5)",
    "var(--persona-6)",
];
const DASHES: [&str; 4] = ["", "8 5", "2 4", "12 4 3 4"];
const WIDE_DASHES: [&str; 4] = ["", "24 15", "6 12", "36 12 9 12"];
const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Square,
    Marker::Diamond,
    Marker::Triangle,
];

/// The style of the `index`-th persona. Colour (6) and dash (4) cycle, and the markers (4)
/// move on by one more at each round of the dashes, so the first 8 personas all differ in
/// at least two of the three (with markers cycling as the dashes, the 5th persona was the
/// 1st in another colour only).
pub fn persona_style(index: usize) -> PersonaStyle {
    PersonaStyle {
        colour: PERSONA_COLOURS[index % PERSONA_COLOURS.len()],
        dash: DASHES[index % DASHES.len()],
        wide_dash: WIDE_DASHES[index % DASHES.len()],
        marker: MARKERS[(index + index / DASHES.len()) % MARKERS.len()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slide_s_dashes_are_the_map_s_three_times_longer() {
        for i in 0..4 {
            let (s, times3) = (persona_style(i), |n: &str| {
                (n.parse::<u32>().unwrap() * 3).to_string()
            });
            let wide: Vec<String> = s.dash.split_whitespace().map(times3).collect();
            assert_eq!(wide.join(" "), s.wide_dash);
        }
    }

    #[test]
    fn colours_are_stable_and_spread() {
        assert_eq!(stable_colour("web"), stable_colour("web"));
        let used: rustc_hash::FxHashSet<_> =
            ["web", "email", "phone", "chat", "store", "app", "social"]
                .iter()
                .map(|id| stable_colour(id))
                .collect();
        assert!(used.len() >= 4, "palette too clumped: {used:?}");
    }

    #[test]
    fn the_first_personas_differ_in_colour_dash_and_marker() {
        for a in 0..4 {
            for b in 0..a {
                let (x, y) = (persona_style(a), persona_style(b));
                assert!(x.colour != y.colour && x.dash != y.dash && x.marker != y.marker);
            }
        }
        for a in 0..8 {
            for b in 0..a {
                let (x, y) = (persona_style(a), persona_style(b));
                let differ = [x.colour != y.colour, x.dash != y.dash, x.marker != y.marker];
                assert!(
                    differ.iter().filter(|d| **d).count() >= 2,
                    "personas {b} and {a}"
                );
            }
        }
    }
}
