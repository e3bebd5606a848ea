# Helder – texts for the team (Dutch and English only; the team reads one of them).
# Keys for e-mail start with mail-.

## Daily e-mail to a team member: only the number of new reports and a link,
## never what a report says, a name or an address.
mail-digest-subject = Helder: new reports for you ({ $count })
mail-digest-greeting = Dear { $name },
mail-digest-count = New reports are waiting for you. Number: { $count }.
mail-digest-link = See them in your queue: { $url }
mail-digest-privacy = This e-mail never says what is in a report. You read reports only in Helder.
mail-digest-automatic = This message was sent automatically. You cannot reply to it.
