// Greeting, help and errors: what every user sees. Formal "Sie" in German.
const de = {
  'welcome.title': 'Willkommen beim Seminar-Lotsen!',
  'welcome.text': 'Ich helfe Ihnen, Fortbildungen zur Digitalisierung der Verwaltung zu finden und sich anzumelden.',
  'help.title': 'So kann ich Ihnen helfen',
  'help.text':
    'Fragen Sie einfach in eigenen Worten, zum Beispiel:\n\n' +
    '- „Gibt es im März etwas zu Informationssicherheit?“\n' +
    '- „Was kostet der Scrum-Kurs?“\n' +
    '- „Welche Online-Seminare gibt es nächsten Monat?“\n' +
    '- „Meine Anmeldungen“\n\n' +
    'Auf den Seminarkarten können Sie sich mit einem Klick anmelden, auf die Warteliste setzen lassen oder abmelden. ' +
    'Vor Beginn erinnere ich Sie rechtzeitig. Mit „Profil“ ändern Sie Kommune und Amt, mit „Meine Daten“ sehen (und löschen) Sie, was ich über Sie speichere.',
  'help.examples.title': 'Beispiele',
  'help.guide':
    'Als Digitallotsin oder Digitallotse melde ich Ihnen neue Seminare für Ihre Kommune; mit einem Klick teilen Sie sie mit Ihren Kolleginnen und Kollegen. ' +
    'Außerdem: „Übersicht meiner Kommune“ und „Status meiner Rundnachrichten“.',
  'help.admin':
    'Für das Fortbildungsteam: „Neues Seminar“, „Seminar verwalten TZG-2027-001“ (mit der Kennung des Seminars) und „Rollen“.',
  'error.generic': 'Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es in einem Moment noch einmal.',
  'error.invalidInput':
    'Diese Eingabe konnte ich nicht verarbeiten. Bitte versuchen Sie es noch einmal über die Karte.',
  'error.tenantNotAllowed': 'Dieser Bot ist für Ihre Organisation nicht freigegeben.',
  'error.notAllowed': 'Dafür fehlt Ihnen die Berechtigung.',
  'error.unknownAction': 'Diese Schaltfläche ist nicht mehr gültig. Bitte fragen Sie erneut.',
};

const en: Record<keyof typeof de, string> = {
  'welcome.title': 'Welcome to Seminar-Lotse!',
  'welcome.text': 'I help you find training seminars on digital administration and register for them.',
  'help.title': 'How I can help',
  'help.text':
    'Just ask in your own words, for example:\n\n' +
    '- "Is there anything on information security in March?"\n' +
    '- "How much is the Scrum course?"\n' +
    '- "Which online seminars are there next month?"\n' +
    '- "My registrations"\n\n' +
    'On the seminar cards you can register with one click, join the waitlist or cancel. ' +
    'I will remind you before the seminar starts. "Profile" changes your municipality and department, "My data" shows (and deletes) what I keep about you.',
  'help.examples.title': 'Examples',
  'help.guide':
    'As a digital guide you hear from me about new seminars for your municipality and can share them with your colleagues in one click. ' +
    'Also: "My municipality" and "Broadcast status".',
  'help.admin':
    'For the training team: "New seminar", "Manage seminar TZG-2027-001" (with the seminar id) and "Roles".',
  'error.generic': 'Sorry, something went wrong. Please try again in a moment.',
  'error.invalidInput': 'I could not process this input. Please try again using the card.',
  'error.tenantNotAllowed': 'This bot is not enabled for your organisation.',
  'error.notAllowed': 'You are not allowed to do that.',
  'error.unknownAction': 'This button is no longer valid. Please ask again.',
};

export const common = { de, en };
