//! Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours), so that a
//! municipality's brand colours are checked before Helder serves them.

/// A colour written `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Colour {
    pub const WHITE: Colour = Colour {
        r: 255,
        g: 255,
        b: 255,
    };

    pub const BLACK: Colour = Colour { r: 0, g: 0, b: 0 };

    /// Each channel times `factor` (0 to 1): the same hue, darker.
    pub fn darker(&self, factor: f64) -> Colour {
        let scale = |v: u8| (f64::from(v) * factor.clamp(0.0, 1.0)).round() as u8;
        Colour {
            r: scale(self.r),
            g: scale(self.g),
            b: scale(self.b),
        }
    }

    /// `#rrggbb` (six hex digits, either case); nothing else.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour {
            r: channel(0)?,
            g: channel(2)?,
            b: channel(4)?,
        })
    }

    /// `#rrggbb`, lower case (as written into a stylesheet).
    pub fn css(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    fn luminance(&self) -> f64 {
        let linear = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    pub fn contrast(&self, other: &Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// WCAG 2.2 AA for text (1.4.3).
pub const TEXT_CONTRAST: f64 = 4.5;
/// WCAG 2.2 AA for a focus indicator and other non-text parts against what is next to them
/// (1.4.11).
pub const NON_TEXT_CONTRAST: f64 = 3.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        let black = Colour::parse("#000000").unwrap();
        assert!((black.contrast(&Colour::WHITE) - 21.0).abs() < 1e-9);
        assert!((Colour::WHITE.contrast(&Colour::WHITE) - 1.0).abs() < 1e-9);
        // Known pairs: GOV.UK's link blue #1d70b8 on white is 5.17:1; #767676 on white is the
        // lightest grey that passes AA (4.54:1), #777777 fails (4.48:1).
        let blue = Colour::parse("#1d70b8").unwrap();
        assert!(
            (blue.contrast(&Colour::WHITE) - 5.17).abs() < 0.01,
            "{}",
            blue.contrast(&Colour::WHITE)
        );
        assert!(Colour::parse("#767676").unwrap().contrast(&Colour::WHITE) >= TEXT_CONTRAST);
        assert!(Colour::parse("#777777").unwrap().contrast(&Colour::WHITE) < TEXT_CONTRAST);
        assert_eq!(blue.contrast(&black), black.contrast(&blue), "symmetric");
    }

    #[test]
    fn only_six_hex_digits_are_a_colour() {
        assert_eq!(Colour::parse("#C8102E").unwrap().css(), "#c8102e");
        for bad in ["c8102e", "#c8102", "#c8102e0", "#gg0000", "red", ""] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
    }
}
