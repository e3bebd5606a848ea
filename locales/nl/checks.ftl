# Writing help for editors: readability and accessibility warnings (team only).

## Labels of the report on the editor page
check-heading-readability = Leesbaarheid
check-heading-publish = Controle voor publiceren
check-intro = Dit zijn tips. U kunt de pagina ook publiceren als er nog waarschuwingen zijn.
check-label-flesch = Flesch-Douma
check-label-flesch-help = Hoe hoger, hoe makkelijker. Voor taalniveau B1 is 60 of hoger goed.
check-label-words = Woorden
check-label-sentences = Zinnen
check-label-average = Gemiddeld aantal woorden per zin
check-label-longest = Langste zin
check-label-long-words = Lange woorden
check-label-plain-words = Ambtelijke woorden
check-severity-warning = Waarschuwing
check-severity-advice = Tip
check-none = Geen waarschuwingen

## Readability
check-flesch-low = De tekst is moeilijk te lezen (Flesch-Douma { $score }). Voor B1 is { $target } of hoger goed. Maak zinnen korter en kies kortere woorden.
check-average-long = De zinnen zijn gemiddeld { $average } woorden lang. Probeer { $max } woorden of minder.
check-sentence-long = { $count ->
    [one] Eén zin is langer dan { $max } woorden
   *[other] { $count } zinnen zijn langer dan { $max } woorden
}. De langste heeft { $words } woorden: “{ $sentence }”. Maak er twee zinnen van.
check-long-words = { $count ->
    [one] Eén lang woord
   *[other] { $count } lange woorden
}: { $words }. Kan het korter? Leg een moeilijk woord uit als het echt nodig is.
check-plain-word = Schrijf liever “{ $alternative }” in plaats van “{ $word }”.

## Before publishing
check-heading-h1 = Gebruik geen kop 1 in de tekst: de titel is al de kop 1. Maak van “{ $heading }” een kop 2.
check-heading-first = De eerste kop is een kop { $level } (“{ $heading }”). Begin met een kop 2.
check-heading-skip = Na een kop { $from } komt een kop { $to } (“{ $heading }”). Sla geen niveau over.
check-heading-deep = Kop { $level } (“{ $heading }”) is te diep. Gebruik kop 2, 3 of 4.
check-heading-empty = Er is een lege kop { $level }. Geef de kop tekst of haal hem weg.
check-link-empty = Een link heeft geen tekst. Schrijf waar de link naartoe gaat.
check-link-vague = De linktekst “{ $text }” zegt niet waar de link naartoe gaat. Schrijf bijvoorbeeld “Lees meer over samenwonen”.
check-image-alt = Een afbeelding ({ $src }) heeft geen alt-tekst. Beschrijf kort wat er op de afbeelding staat.
check-film-captions = De film “{ $title }” heeft geen ondertiteling.
check-film-transcript = De film “{ $title }” heeft geen uitgeschreven tekst.

## Figures on the editor page
check-figure-flesch = Flesch-Douma: { $value } (hoe hoger, hoe makkelijker; voor B1 is 60 of hoger goed)
check-figure-words = Woorden: { $value }
check-figure-sentences = Zinnen: { $value }
check-figure-average = Gemiddeld aantal woorden per zin: { $value }
check-figure-longest = Langste zin: { $value } woorden
