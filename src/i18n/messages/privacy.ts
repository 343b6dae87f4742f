// "Meine Daten": what the bot keeps about a person, and forgetting it on request.
const de = {
  'privacy.title': 'Ihre Daten beim Seminar-Lotsen',
  'privacy.intro': 'Diese Angaben speichere ich über Sie, um Sie anzumelden, zu erinnern und zu benachrichtigen:',
  'privacy.name': 'Name',
  'privacy.email': 'E-Mail',
  'privacy.municipality': 'Kommune',
  'privacy.department': 'Amt / Dezernat',
  'privacy.language': 'Sprache',
  'privacy.language.de': 'Deutsch',
  'privacy.language.en': 'Englisch',
  'privacy.waitlisted': '{title} (Warteliste)',
  'privacy.firstSeen': 'Erster Kontakt',
  'privacy.registrations': 'Anmeldungen',
  'privacy.messages': 'Nachrichten an Sie (gesendet und geplant)',
  'privacy.roles': 'Rollen',
  'privacy.roleGuide': 'Digitallotsin/Digitallotse ({municipalities})',
  'privacy.roleAdmin': 'Fortbildungsteam (Admin)',
  'privacy.none': '–',
  'privacy.note':
    'Wenn Sie Ihre Daten löschen, melde ich Sie von allen Seminaren und Wartelisten ab und vergesse Profil, Anmeldungen und Nachrichten. Rollen vergibt und entzieht das Fortbildungsteam.',
  'privacy.delete': 'Meine Daten löschen',
  'privacy.confirmTitle': 'Wirklich alles löschen?',
  'privacy.confirmIntro':
    'Ich melde Sie von {count} Seminaren ab; Ihre Plätze gehen an die Nächsten in der Reihe. Das lässt sich nicht rückgängig machen.',
  'privacy.confirmIntroOne':
    'Ich melde Sie von einem Seminar ab; Ihr Platz geht an die Nächsten in der Reihe. Das lässt sich nicht rückgängig machen.',
  'privacy.confirmIntroNone': 'Ich vergesse Ihr Profil und Ihre Nachrichten. Das lässt sich nicht rückgängig machen.',
  'privacy.confirm': 'Endgültig löschen',
  'privacy.back': 'Zurück',
  'privacy.done':
    'Ihre Daten sind gelöscht, und Sie sind von {count} Seminaren abgemeldet. Wenn Sie mir wieder schreiben, lege ich nur das Nötigste neu an.',
  'privacy.doneOne':
    'Ihre Daten sind gelöscht, und Sie sind von einem Seminar abgemeldet. Wenn Sie mir wieder schreiben, lege ich nur das Nötigste neu an.',
  'privacy.doneNone': 'Ihre Daten sind gelöscht. Wenn Sie mir wieder schreiben, lege ich nur das Nötigste neu an.',
};

const en: Record<keyof typeof de, string> = {
  'privacy.title': 'Your data at Seminar-Lotse',
  'privacy.intro': 'This is what I keep about you to register you, remind you and notify you:',
  'privacy.name': 'Name',
  'privacy.email': 'E-mail',
  'privacy.municipality': 'Municipality',
  'privacy.department': 'Department',
  'privacy.language': 'Language',
  'privacy.language.de': 'German',
  'privacy.language.en': 'English',
  'privacy.waitlisted': '{title} (waitlist)',
  'privacy.firstSeen': 'First contact',
  'privacy.registrations': 'Registrations',
  'privacy.messages': 'Messages to you (sent and planned)',
  'privacy.roles': 'Roles',
  'privacy.roleGuide': 'Digital guide ({municipalities})',
  'privacy.roleAdmin': 'Training team (admin)',
  'privacy.none': '–',
  'privacy.note':
    'If you delete your data, I cancel all your registrations and waitlist places and forget your profile, registrations and messages. Roles are granted and revoked by the training team.',
  'privacy.delete': 'Delete my data',
  'privacy.confirmTitle': 'Really delete everything?',
  'privacy.confirmIntro':
    'I will cancel your registrations for {count} seminars; your places go to the next in line. This cannot be undone.',
  'privacy.confirmIntroOne':
    'I will cancel your registration for one seminar; your place goes to the next in line. This cannot be undone.',
  'privacy.confirmIntroNone': 'I will forget your profile and your messages. This cannot be undone.',
  'privacy.confirm': 'Delete for good',
  'privacy.back': 'Back',
  'privacy.done':
    'Your data has been deleted and your registrations for {count} seminars are cancelled. If you write to me again, I will only keep what is needed.',
  'privacy.doneOne':
    'Your data has been deleted and your registration for one seminar is cancelled. If you write to me again, I will only keep what is needed.',
  'privacy.doneNone': 'Your data has been deleted. If you write to me again, I will only keep what is needed.',
};

export const privacy = { de, en };
