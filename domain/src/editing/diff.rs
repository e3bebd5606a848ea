//! The difference between two versions of a text: lines kept, removed and added (longest
//! common subsequence), with the changed words marked inside a removed line and the added line
//! that replaces it.

/// What happened to one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Removed,
}

/// Pieces of a line's text; `true` marks a changed word or run of words.
pub type Segments = Vec<(bool, String)>;

/// One line of the comparison. `segments` together are the line's text (without its line
/// break); a segment marked `true` is a changed word or run of words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    pub change: Change,
    /// Line number in the old text (1-based), for kept and removed lines.
    pub old_number: Option<usize>,
    /// Line number in the new text (1-based), for kept and added lines.
    pub new_number: Option<usize>,
    pub segments: Segments,
}

impl DiffLine {
    /// The line's whole text.
    pub fn text(&self) -> String {
        self.segments.iter().map(|(_, s)| s.as_str()).collect()
    }
}

/// Above this many table cells (old × new items) the comparison stops looking for common
/// items in the middle and shows it as removed, then added. Pages stay far below it.
const MAX_CELLS: usize = 4_000_000;

/// One step of an edit script over two sequences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Same,
    Removed,
    Added,
}

/// The edit script turning `old` into `new`: common prefix and suffix first, then a longest
/// common subsequence of the rest.
fn script<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Step> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    let mut steps = vec![Step::Same; prefix];
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        steps.extend(std::iter::repeat_n(Step::Removed, a.len()));
        steps.extend(std::iter::repeat_n(Step::Added, b.len()));
    } else {
        // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
        let width = b.len() + 1;
        let mut lengths = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lengths[i * width + j] = if a[i] == b[j] {
                    lengths[(i + 1) * width + j + 1] + 1
                } else {
                    lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                steps.push(Step::Same);
                i += 1;
                j += 1;
            } else if j == b.len()
                || (i < a.len() && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])
            {
                steps.push(Step::Removed);
                i += 1;
            } else {
                steps.push(Step::Added);
                j += 1;
            }
        }
    }
    steps.extend(std::iter::repeat_n(Step::Same, suffix));
    steps
}

/// Lines of a text; an empty text has none. Joining them with `\n` gives the text back.
fn lines(text: &str) -> Vec<&str> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').collect()
    }
}

/// Words and the spaces between them, so the pieces together are the line again.
fn tokens(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in line.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            out.push(&line[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

/// Adds a piece to segments, merging it with the previous one when the mark is the same.
fn push_segment(segments: &mut Segments, changed: bool, text: &str) {
    match segments.last_mut() {
        Some((last, so_far)) if *last == changed => so_far.push_str(text),
        _ => segments.push((changed, text.to_owned())),
    }
}

/// Marks the changed words of a removed line and the added line that replaces it.
fn word_segments(old: &str, new: &str) -> (Segments, Segments) {
    let (a, b) = (tokens(old), tokens(new));
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    for step in script(&a, &b) {
        match step {
            Step::Same => {
                push_segment(&mut left, false, a[i]);
                push_segment(&mut right, false, b[j]);
                i += 1;
                j += 1;
            }
            Step::Removed => {
                push_segment(&mut left, true, a[i]);
                i += 1;
            }
            Step::Added => {
                push_segment(&mut right, true, b[j]);
                j += 1;
            }
        }
    }
    (left, right)
}

fn whole(changed: bool, line: &str) -> Segments {
    if line.is_empty() {
        Vec::new()
    } else {
        vec![(changed, line.to_owned())]
    }
}

/// Compares two versions line by line. Line endings are compared as `\n` (a browser form
/// sends `\r\n`). Within a run of changes, removed lines come before added ones, and the n-th
/// removed line is compared word by word with the n-th added line.
pub fn diff(old: &str, new: &str) -> Vec<DiffLine> {
    let (old, new) = (old.replace("\r\n", "\n"), new.replace("\r\n", "\n"));
    let (a, b) = (lines(&old), lines(&new));
    let steps = script(&a, &b);
    let mut out = Vec::with_capacity(steps.len());
    let (mut i, mut j) = (0, 0);
    let mut k = 0;
    while k < steps.len() {
        if steps[k] == Step::Same {
            out.push(DiffLine {
                change: Change::Same,
                old_number: Some(i + 1),
                new_number: Some(j + 1),
                segments: whole(false, a[i]),
            });
            i += 1;
            j += 1;
            k += 1;
            continue;
        }
        // A run of changes: every removed line, then every added line.
        let run_end = steps[k..]
            .iter()
            .position(|s| *s == Step::Same)
            .map_or(steps.len(), |p| k + p);
        let removed: Vec<usize> = (0..steps[k..run_end]
            .iter()
            .filter(|s| **s == Step::Removed)
            .count())
            .map(|n| i + n)
            .collect();
        let added: Vec<usize> = (0..steps[k..run_end]
            .iter()
            .filter(|s| **s == Step::Added)
            .count())
            .map(|n| j + n)
            .collect();
        let mut added_lines = Vec::with_capacity(added.len());
        for (n, &old_index) in removed.iter().enumerate() {
            let (left, right) = match added.get(n) {
                Some(&new_index) => {
                    let (left, right) = word_segments(a[old_index], b[new_index]);
                    (left, Some(right))
                }
                None => (whole(true, a[old_index]), None),
            };
            out.push(DiffLine {
                change: Change::Removed,
                old_number: Some(old_index + 1),
                new_number: None,
                segments: left,
            });
            added_lines.extend(right);
        }
        for (n, &new_index) in added.iter().enumerate() {
            let segments = match added_lines.get(n) {
                Some(segments) => segments.clone(),
                None => whole(true, b[new_index]),
            };
            out.push(DiffLine {
                change: Change::Added,
                old_number: None,
                new_number: Some(new_index + 1),
                segments,
            });
        }
        i += removed.len();
        j += added.len();
        k = run_end;
    }
    out
}

/// Whether the two versions differ at all.
pub fn has_changes(lines: &[DiffLine]) -> bool {
    lines.iter().any(|line| line.change != Change::Same)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rebuild(lines: &[DiffLine], keep: Change) -> String {
        lines
            .iter()
            .filter(|l| l.change == Change::Same || l.change == keep)
            .map(DiffLine::text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn equal_texts_have_no_changes() {
        let d = diff("a\nb\n", "a\nb\n");
        assert!(!has_changes(&d));
        assert_eq!(d.len(), 3);
        assert_eq!(d[1].old_number, Some(2));
        assert_eq!(d[1].new_number, Some(2));
        assert!(diff("", "").is_empty());
    }

    #[test]
    fn changed_lines_are_removed_then_added_with_changed_words_marked() {
        let d = diff(
            "## Kop\nU krijgt geld van de gemeente.\nEinde",
            "## Kop\nU krijgt bijstand van de gemeente Haarlem.\nEinde",
        );
        assert!(has_changes(&d));
        let changes: Vec<Change> = d.iter().map(|l| l.change).collect();
        assert_eq!(
            changes,
            [Change::Same, Change::Removed, Change::Added, Change::Same]
        );
        assert_eq!(
            d[1].segments,
            [
                (false, "U krijgt ".to_owned()),
                (true, "geld".to_owned()),
                (false, " van de ".to_owned()),
                (true, "gemeente.".to_owned()),
            ]
        );
        assert_eq!(
            d[2].segments,
            [
                (false, "U krijgt ".to_owned()),
                (true, "bijstand".to_owned()),
                (false, " van de ".to_owned()),
                (true, "gemeente Haarlem.".to_owned()),
            ]
        );
        assert_eq!((d[1].old_number, d[1].new_number), (Some(2), None));
        assert_eq!((d[2].old_number, d[2].new_number), (None, Some(2)));
        assert_eq!((d[3].old_number, d[3].new_number), (Some(3), Some(3)));
    }

    #[test]
    fn unpaired_lines_are_wholly_changed() {
        let d = diff("a\nb", "a\nx\ny\nb");
        let added: Vec<&DiffLine> = d.iter().filter(|l| l.change == Change::Added).collect();
        assert_eq!(added.len(), 2);
        assert_eq!(added[0].segments, [(true, "x".to_owned())]);
        assert_eq!(added[1].new_number, Some(3));
        let d = diff("a\nb\nc", "a");
        assert_eq!(d.iter().filter(|l| l.change == Change::Removed).count(), 2);
        assert_eq!(rebuild(&diff("", "nieuw"), Change::Added), "nieuw");
    }

    #[test]
    fn windows_line_endings_are_not_a_change() {
        assert!(!has_changes(&diff("a\r\nb\r\n", "a\nb\n")));
    }

    #[test]
    fn very_large_texts_still_compare() {
        let old: String = (0..3000).map(|n| format!("regel {n}\n")).collect();
        let new: String = (0..3000).map(|n| format!("regel {}\n", n * 7)).collect();
        let d = diff(&old, &new);
        assert_eq!(rebuild(&d, Change::Added), new);
        assert_eq!(rebuild(&d, Change::Removed), old);
    }

    proptest! {
        #[test]
        fn the_diff_rebuilds_both_versions(
            old in proptest::collection::vec("[ab ]{0,6}", 0..12),
            new in proptest::collection::vec("[ab ]{0,6}", 0..12),
        ) {
            let (old, new) = (old.join("\n"), new.join("\n"));
            let d = diff(&old, &new);
            prop_assert_eq!(rebuild(&d, Change::Added), new.clone());
            prop_assert_eq!(rebuild(&d, Change::Removed), old.clone());
            prop_assert_eq!(has_changes(&d), old != new);
            // Numbers count up without gaps on both sides.
            let olds: Vec<usize> = d.iter().filter_map(|l| l.old_number).collect();
            let news: Vec<usize> = d.iter().filter_map(|l| l.new_number).collect();
            prop_assert_eq!(olds, (1..=old.split('\n').count()).filter(|_| !old.is_empty()).collect::<Vec<_>>());
            prop_assert_eq!(news, (1..=new.split('\n').count()).filter(|_| !new.is_empty()).collect::<Vec<_>>());
        }
    }
}
