//! The server's modules import each other without cycles: the request flows one way. Each
//! source file is a module; an edge is any path it names into another module (`use`
//! statements, with their `{…}` trees, and paths in code: `crate::…`, `super::…`, `self::…`
//! and a child module's name). `mod` declarations are not edges (a parent owns its children),
//! but a parent that uses or re-exports a child is one. Code under `#[cfg(test)]` is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// Every module of the crate under `src`, with its file.
fn modules(src: &Path) -> BTreeMap<Module, PathBuf> {
    fn walk(dir: &Path, src: &Path, found: &mut BTreeMap<Module, PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, src, found);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path
                .strip_prefix(src)
                .expect("under src")
                .with_extension("");
            let mut module: Module = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if path.parent() == Some(src) && module == ["main"] {
                continue; // the binary is its own crate
            }
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            found.insert(module, path);
        }
    }
    let mut found = BTreeMap::new();
    walk(src, src, &mut found);
    found
}

/// The source without comments and without the `#[cfg(test)]` part.
fn code(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![
            tree.split(" as ")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned(),
        ];
    };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.len().saturating_sub(1)]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| expand(p).into_iter().map(|e| format!("{prefix}{e}")))
        .collect()
}

/// Every path the code names: `use` trees and `a::b::c` in code.
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(end) = rest.find(';') {
            found.extend(expand(&rest[..end].replace(char::is_whitespace, "")));
        }
    }
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts = (bytes[i].is_alphabetic() || bytes[i] == '_')
            && (i == 0
                || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':')
        {
            j += 1;
        }
        let path: String = bytes[i..j].iter().collect();
        // `a::b::{…}` and `a::*` are the head of a `use` tree, read above.
        if path.contains("::") && !path.ends_with(':') {
            found.push(path);
        }
        i = j;
    }
    found
}

/// The module a path from `from` lands in (the longest module prefix), if it is this crate's.
fn resolve(from: &Module, path: &str, modules: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut base: Module = match *segments.peek()? {
        "crate" => {
            segments.next();
            Vec::new()
        }
        "self" => {
            segments.next();
            from.clone()
        }
        "super" => {
            let mut base = from.clone();
            while segments.peek() == Some(&"super") {
                segments.next();
                base.pop();
            }
            base
        }
        child => {
            let mut candidate = from.clone();
            candidate.push(child.to_owned());
            if !modules.contains_key(&candidate) {
                return None;
            }
            from.clone()
        }
    };
    for segment in segments {
        base.push(segment.to_owned());
        if !modules.contains_key(&base) {
            base.pop();
            break;
        }
    }
    Some(base)
}

fn edges(modules: &BTreeMap<Module, PathBuf>) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, file) in modules {
        let source = std::fs::read_to_string(file).expect("readable source");
        for path in paths(&code(&source)) {
            if let Some(target) = resolve(module, &path, modules)
                && &target != module
            {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    edges
}

/// The groups of modules that reach each other (Tarjan's strongly connected components),
/// each as "a -> b" lines.
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        next: usize,
        found: Vec<Vec<&'a Module>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            self.index.insert(v, self.next);
            self.low.insert(v, self.next);
            self.next += 1;
            self.stack.push(v);
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    group.push(w);
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    let name = |m: &Module| {
        if m.is_empty() {
            "crate".to_owned()
        } else {
            m.join("::")
        }
    };
    walk.found
        .into_iter()
        .map(|group| {
            let members: BTreeSet<&Module> = group.iter().copied().collect();
            let mut lines: Vec<String> = members
                .iter()
                .flat_map(|m| {
                    edges[*m]
                        .iter()
                        .filter(|t| members.contains(t))
                        .map(|t| format!("{} -> {}", name(m), name(t)))
                        .collect::<Vec<_>>()
                })
                .collect();
            lines.sort();
            lines
        })
        .collect()
}

fn cycles_under(src: &Path) -> Vec<Vec<String>> {
    cycles(&edges(&modules(src)))
}

/// Fails with every edge of every cycle among the crate's modules under `crate_src` (a path
/// from the server crate's folder).
fn assert_no_cycles(crate_src: &str) {
    let found = cycles_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_src));
    assert!(
        found.is_empty(),
        "modules of {crate_src} that import each other:\n{}",
        found
            .iter()
            .map(|lines| lines.join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

#[test]
fn the_server_has_no_import_cycles() {
    assert_no_cycles("src");
}

#[test]
fn the_app_has_no_import_cycles() {
    assert_no_cycles("../app/src");
}

#[test]
fn the_domain_has_no_import_cycles() {
    assert_no_cycles("../domain/src");
}

/// The check finds what it must: a planted cycle (through a `use` tree, a child's name and
/// `super::`) and nothing in an acyclic tree.
#[test]
fn the_cycle_check_finds_a_planted_cycle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path();
    let write = |path: &str, text: &str| {
        let file = src.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
        std::fs::write(file, text).expect("write");
    };
    write("lib.rs", "pub mod a;\npub mod b;\n");
    write("a/mod.rs", "mod inner;\npub fn f() { inner::g(); }\n");
    write(
        "a/inner.rs",
        "use crate::{b::{self, h}};\npub fn g() { h(); }\n",
    );
    write(
        "b.rs",
        "// use crate::a; is only a comment\npub fn h() {}\n",
    );
    assert!(cycles_under(src).is_empty(), "a tree without a cycle");

    write("b.rs", "pub fn h() { super::a::f(); }\n");
    let found = cycles_under(src);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0],
        ["a -> a::inner", "a::inner -> b", "b -> a"],
        "every edge of the cycle is named"
    );
}
