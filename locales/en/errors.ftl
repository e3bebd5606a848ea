# Helder – error pages in English. Dutch (nl) is the leading language.

error-home-link = Go to the home page
error-retry-link = Try again
error-code = Error code { $status }

error-400-title = This request is not right
error-400-text = We could not read your request. Maybe the address is wrong. Or something went wrong while sending.
error-400-next = Go back with the back button of your browser. Then try again.

error-403-title = No access
error-403-text = You may not view this page. Or you may not do this.
error-403-next = Go back with the back button of your browser. Or go to the home page.

error-404-title = Page not found
error-404-text = This page does not exist. Maybe the address was typed wrongly. Or the page has moved.
error-404-next = Check that the address is right. Or start on the home page.

error-405-title = This cannot be done this way
error-405-text = This page cannot accept this kind of request.
error-405-next = Go back with the back button of your browser. Or go to the home page.

error-408-title = It took too long
error-408-text = Sending took too long. So we stopped waiting.
error-408-next = Check that your internet works. Then go back and try again.

error-413-title = What you sent is too large
error-413-text = You sent too much text or a file that is too large. We cannot accept it.
error-413-next = Go back with the back button of your browser. Make your text shorter or choose a smaller file. Then try again.

error-414-title = The address is too long
error-414-text = The address of this page is too long. We cannot read it.
error-414-next = Go to the home page. Find the page from there.

error-415-title = The form did not arrive properly
error-415-text = The form was sent in a way we do not expect. So we cannot read it.
error-415-next = Go back to the form. Send it again.

error-422-title = Something in the form is not right
error-422-text = We could not read everything you filled in.
error-422-next = Go back with the back button of your browser. Check your answers. Then send the form again.

error-429-title = Please wait a moment
error-429-text = You have sent a lot in a short time.
error-429-next = Wait one minute. Then try again.

error-431-title = Your browser sent too much
error-431-text = Your browser sent too much extra data, such as cookies. So we cannot read this request.
error-431-next = Delete the cookies of this website in your browser. Then try again.

error-500-title = Something went wrong
error-500-text = Something went wrong on our side. It is not your fault.
error-500-next = Try again in a few minutes. Still not working? Then contact the municipality.

error-503-title = The website is not working right now
error-503-text = Part of the website is not working at the moment. It is not your fault.
error-503-next = Try again in a minute.

error-4xx-title = This request cannot be done
error-4xx-text = We could not carry out this request.
error-4xx-next = Go back with the back button of your browser. Then try again.

error-5xx-title = Something went wrong
error-5xx-text = Something went wrong on our side. It is not your fault.
error-5xx-next = Try again in a few minutes. Still not working? Then contact the municipality.
