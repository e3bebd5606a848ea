# Helder – teksten voor het team (alleen Nederlands en Engels; het team leest een van beide).
# Sleutels voor e-mail beginnen met mail-.

## Dagelijkse e-mail aan een teamlid: alleen het aantal nieuwe meldingen en een link,
## nooit de inhoud van een melding, een naam of een adres.
mail-digest-subject = Helder: nieuwe meldingen voor u ({ $count })
mail-digest-greeting = Beste { $name },
mail-digest-count = Er staan nieuwe meldingen voor u klaar. Aantal: { $count }.
mail-digest-link = Bekijk ze in uw werkvoorraad: { $url }
mail-digest-privacy = In deze e-mail staat nooit wat er in een melding staat. U leest meldingen alleen in Helder.
mail-digest-automatic = Dit bericht is automatisch verstuurd. U kunt er niet op antwoorden.
