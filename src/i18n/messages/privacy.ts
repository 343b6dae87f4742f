// "Meine Daten": what the bot keeps about a person, and forgetting it on request.
const de = {
  'privacy.title': 'Ihre Daten beim Seminar-Lotsen',
  'privacy.intro': 'Diese Angaben speichere ich über Sie, um Sie anzumelden, zu erinnern und zu benachrichtigen:',
  'privacy.name': 'Name',
  'privacy.email': 'E-Mail',
  'privacy.municipality': 'Kommune',
  'privacy.department': 'Amt / Dezernat',
  'privacy.language': 'Sprache',
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
  'privacy.confirmIntro': 'Sie werden von {count} Seminar(en) und Wartelisten abgemeldet; Ihre Plätze gehen an die Nächsten in der Reihe. Das lässt sich nicht rückgängig machen.',
  'privacy.confirm': 'Endgültig löschen',
  'privacy.back': 'Zurück',
  'privacy.done': 'Ihre Daten sind gelöscht. Sie wurden von {count} Seminar(en) abgemeldet. Wenn Sie mir wieder schreiben, lege ich nur das Nötigste neu an.',
};

const en: Record<keyof typeof de, string> = {
  'privacy.title': 'Your data at Seminar-Lotse',
  'privacy.intro': 'This is what I keep about you to register you, remind you and notify you:',
  'privacy.name': 'Name',
  'privacy.email': 'E-mail',
  'privacy.municipality': 'Municipality',
  'privacy.department': 'Department',
  'privacy.language': 'Language',
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
  'privacy.confirmIntro': 'You will be removed from {count} seminar(s) and waitlists; your places go to the next in line. This cannot be undone.',
  'privacy.confirm': 'Delete for good',
  'privacy.back': 'Back',
  'privacy.done': 'Your data has been deleted. You were removed from {count} seminar(s). If you write to me again, I will only keep what is needed.',
};

export const privacy = { de, en };
