# Writing help for editors: readability and accessibility warnings (team only).

## Labels of the report on the editor page
check-heading-readability = Readability
check-heading-publish = Check before publishing
check-intro = These are tips. You can publish the page even if there are still warnings.
check-label-flesch = Flesch-Douma
check-label-flesch-help = The higher, the easier. For language level B1, 60 or higher is good.
check-label-words = Words
check-label-sentences = Sentences
check-label-average = Average words per sentence
check-label-longest = Longest sentence
check-label-long-words = Long words
check-label-plain-words = Bureaucratic words
check-severity-warning = Warning
check-severity-advice = Tip
check-none = No warnings

## Readability
check-flesch-low = The text is hard to read (Flesch-Douma { $score }). For B1, { $target } or higher is good. Make sentences shorter and choose shorter words.
check-average-long = Sentences are { $average } words long on average. Try { $max } words or fewer.
check-sentence-long = { $count ->
    [one] One sentence is longer than { $max } words
   *[other] { $count } sentences are longer than { $max } words
}. The longest has { $words } words: “{ $sentence }”. Split it into two sentences.
check-long-words = { $count ->
    [one] One long word
   *[other] { $count } long words
}: { $words }. Can it be shorter? Explain a difficult word if you really need it.
check-plain-word = Write “{ $alternative }” rather than “{ $word }”.

## Before publishing
check-heading-h1 = Do not use heading 1 in the text: the title is already heading 1. Make “{ $heading }” a heading 2.
check-heading-first = The first heading is a heading { $level } (“{ $heading }”). Start with a heading 2.
check-heading-skip = A heading { $to } follows a heading { $from } (“{ $heading }”). Do not skip a level.
check-heading-deep = Heading { $level } (“{ $heading }”) is too deep. Use heading 2, 3 or 4.
check-heading-empty = There is an empty heading { $level }. Give it text or remove it.
check-link-empty = A link has no text. Write where the link goes.
check-link-vague = The link text “{ $text }” does not say where the link goes. Write, for example, “Read more about living together”.
check-image-alt = An image ({ $src }) has no alt text. Describe briefly what the image shows.
check-film-captions = The film “{ $title }” has no captions.
check-film-transcript = The film “{ $title }” has no transcript.

## Figures on the editor page
check-figure-flesch = Flesch-Douma: { $value } (the higher, the easier; 60 or more is good for B1)
check-figure-words = Words: { $value }
check-figure-sentences = Sentences: { $value }
check-figure-average = Average words per sentence: { $value }
check-figure-longest = Longest sentence: { $value } words
