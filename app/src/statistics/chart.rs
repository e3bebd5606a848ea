//! A bar chart as SVG markup, rendered on the server: no script, and no inline style (the
//! Content-Security-Policy allows neither). Colours come from classes in the stylesheet
//! (`style/65-statistics.css`); every bar carries its number as text, so nothing is told by
//! colour alone. The SVG is an image (`role="img"`) named by its `<title>` and `<desc>`; the
//! table next to it on the page holds the same numbers for screen readers and copying.

/// One bar: its label under the axis and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
}

/// A vertical bar chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarChart {
    /// Prefix of the ids of the title and description (unique on the page).
    pub id: String,
    pub title: String,
    pub description: String,
    pub bars: Vec<Bar>,
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 320.0;
/// Room above the bars for their numbers, below for their labels.
const TOP: f64 = 32.0;
const BOTTOM: f64 = 40.0;
const SIDE: f64 = 8.0;

/// Escapes text for SVG content and attribute values.
pub fn escape(text: &str) -> String {
    // The text escapes of a textarea, and quotes for attribute values.
    crate::layout::textarea_text(text)
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Rounds to one decimal for compact coordinates.
fn n(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

impl BarChart {
    /// The SVG element. Bars are scaled to the largest value; a bar of 0 has no height but
    /// still its number and label.
    pub fn to_svg(&self) -> String {
        let id = escape(&self.id);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hl-chart\" viewBox=\"0 0 {w} {h}\" \
             width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">\
             <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
            w = n(WIDTH),
            h = n(HEIGHT),
            title = escape(&self.title),
            desc = escape(&self.description),
        );
        let max = self.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
        let plot = HEIGHT - TOP - BOTTOM;
        let base = HEIGHT - BOTTOM;
        let slot = (WIDTH - 2.0 * SIDE) / self.bars.len().max(1) as f64;
        let bar_width = slot * 0.7;
        for (i, bar) in self.bars.iter().enumerate() {
            let height = bar.value.max(0) as f64 / max * plot;
            let x = SIDE + slot * i as f64 + (slot - bar_width) / 2.0;
            let middle = SIDE + slot * i as f64 + slot / 2.0;
            svg.push_str(&format!(
                "<rect class=\"hl-chart__bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\
                 <text class=\"hl-chart__value\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\
                 <text class=\"hl-chart__label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                n(x),
                n(base - height),
                n(bar_width),
                n(height),
                n(middle),
                n(base - height - 8.0),
                bar.value,
                n(middle),
                n(base + 26.0),
                escape(&bar.label),
            ));
        }
        svg.push_str(&format!(
            "<line class=\"hl-chart__axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/></svg>",
            n(SIDE),
            n(base),
            n(WIDTH - SIDE),
            n(base)
        ));
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: &[i64]) -> BarChart {
        BarChart {
            id: "months".into(),
            title: "Meldingen per maand".into(),
            description: "Hoogste: maart <40>".into(),
            bars: values
                .iter()
                .enumerate()
                .map(|(i, v)| Bar {
                    label: format!("m{}", i + 1),
                    value: *v,
                })
                .collect(),
        }
    }

    /// The attribute values of every `<rect>` with this attribute name.
    fn rect_attr(svg: &str, name: &str) -> Vec<f64> {
        svg.split("<rect ")
            .skip(1)
            .map(|rect| {
                let start = rect.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
                rect[start..]
                    .split('"')
                    .next()
                    .expect("value")
                    .parse()
                    .expect("number")
            })
            .collect()
    }

    #[test]
    fn is_a_named_image_with_title_and_description() {
        let svg = chart(&[1, 2]).to_svg();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"months-title months-desc\""));
        assert!(svg.contains("<title id=\"months-title\">Meldingen per maand</title>"));
        assert!(svg.contains("<desc id=\"months-desc\">Hoogste: maart &lt;40&gt;</desc>"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn has_no_inline_style_or_script() {
        let svg = chart(&[3, 0, 7]).to_svg();
        assert!(!svg.contains("style"));
        assert!(!svg.contains("<script"));
        assert!(!svg.contains(" on"), "no event handler attributes");
    }

    #[test]
    fn bars_are_scaled_to_the_largest_value() {
        let svg = chart(&[10, 5, 0]).to_svg();
        let heights = rect_attr(&svg, "height");
        assert_eq!(heights.len(), 3);
        assert_eq!(heights[0], HEIGHT - TOP - BOTTOM);
        assert_eq!(heights[1], (HEIGHT - TOP - BOTTOM) / 2.0);
        assert_eq!(heights[2], 0.0);
        // All bars stand on the axis.
        let ys = rect_attr(&svg, "y");
        for (y, h) in ys.iter().zip(&heights) {
            assert!((y + h - (HEIGHT - BOTTOM)).abs() < 0.11, "{y} + {h}");
        }
    }

    #[test]
    fn every_bar_shows_its_number_and_label_as_text() {
        let svg = chart(&[12, 0, 7]).to_svg();
        for text in [
            ">12</text>",
            ">0</text>",
            ">7</text>",
            ">m1</text>",
            ">m2</text>",
            ">m3</text>",
        ] {
            assert!(svg.contains(text), "{text} in {svg}");
        }
    }

    #[test]
    fn an_empty_year_draws_flat_bars_without_dividing_by_zero() {
        let svg = chart(&[0; 12]).to_svg();
        assert!(rect_attr(&svg, "height").iter().all(|h| *h == 0.0));
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn labels_are_escaped() {
        let mut c = chart(&[1]);
        c.bars[0].label = "a&b\"<script>".into();
        let svg = c.to_svg();
        assert!(svg.contains(">a&amp;b&quot;&lt;script&gt;</text>"));
    }
}
