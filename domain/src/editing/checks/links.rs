//! Link texts that say nothing about where a link goes, per language.

use crate::languages::Language;

/// Link texts that say nothing about where the link goes, per language (lower case, without
/// closing punctuation).
pub(crate) fn vague_link_texts(lang: Language) -> &'static [&'static str] {
    match lang.code {
        "nl" => &[
            "klik hier",
            "hier",
            "hier klikken",
            "klik",
            "lees meer",
            "lees verder",
            "meer",
            "meer lezen",
            "meer informatie",
            "meer info",
            "deze link",
            "link",
            "deze pagina",
        ],
        "en" => &[
            "click here",
            "here",
            "click",
            "read more",
            "more",
            "more info",
            "more information",
            "learn more",
            "this link",
            "link",
            "this page",
        ],
        "tr" => &[
            "buraya tıklayın",
            "buraya tıkla",
            "burada",
            "buraya",
            "devamını oku",
            "daha fazla",
            "bağlantı",
            "link",
        ],
        "pl" => &[
            "kliknij tutaj",
            "kliknij",
            "tutaj",
            "czytaj więcej",
            "więcej",
            "ten link",
            "link",
        ],
        "ar" => &[
            "انقر هنا",
            "اضغط هنا",
            "هنا",
            "اقرأ المزيد",
            "المزيد",
            "رابط",
        ],
        "fa" => &[
            "اینجا کلیک کنید",
            "کلیک کنید",
            "اینجا",
            "بیشتر بخوانید",
            "بیشتر",
            "لینک",
        ],
        "so" => &["halkan guji", "halkan riix", "halkan", "link"],
        _ => &[],
    }
}

/// A link text as compared with the list: lower case, single spaces, without punctuation
/// around it.
pub(crate) fn normalised_link_text(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}
