"""Tools run from the checkout (screenshots for the README); not part of the installed app."""
