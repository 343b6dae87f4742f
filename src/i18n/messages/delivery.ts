// Messages the bot sends without being asked: reminders before a seminar and notices when the catalogue changes.
const de = {
  'reminder.heading': 'Erinnerung: {title}',
  'reminder.text': 'Ihr Seminar „{title}“ beginnt {when}, am {day} um {time} Uhr.',
  'reminder.when.now': 'in Kürze',
  'reminder.when.today': 'heute',
  'reminder.when.tomorrow': 'morgen',
  'reminder.when.days': 'in {n} Tagen',
  'reminder.summary': 'Erinnerung: „{title}“ am {date}',
  'reminder.cancelHint':
    'Falls Sie nicht teilnehmen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann.',
  'notice.session': 'Termin',
  'notice.sessionN': '{n}. Termin',
  'notice.place': 'Ort',
  'notice.online': 'Online',
  'notice.openOnline': 'Zum Online-Raum',
  'notice.cancelRegistration': 'Abmelden',
  'notice.addToCalendar': 'In den Kalender eintragen',
  'cancelled.heading': 'Seminar abgesagt: {title}',
  'cancelled.text':
    'Das Seminar „{title}“ am {date} wurde leider abgesagt. Ihre Anmeldung oder Ihr Platz auf der Warteliste entfällt damit; Sie müssen nichts weiter tun.',
  'cancelled.summary': 'Abgesagt: „{title}“',
  'rescheduled.heading': 'Geänderte Termine: {title}',
  'rescheduled.text':
    'Beim Seminar „{title}“, für das Sie angemeldet sind, haben sich Termine oder Ort geändert. Es gilt jetzt:',
  'rescheduled.summary': 'Geändert: „{title}“ – jetzt ab {date}',
};

const en: Record<keyof typeof de, string> = {
  'reminder.heading': 'Reminder: {title}',
  'reminder.text': 'Your seminar "{title}" starts {when}, on {day} at {time}.',
  'reminder.when.now': 'shortly',
  'reminder.when.today': 'today',
  'reminder.when.tomorrow': 'tomorrow',
  'reminder.when.days': 'in {n} days',
  'reminder.summary': 'Reminder: "{title}" on {date}',
  'reminder.cancelHint': 'If you cannot attend, please cancel so that someone from the waitlist can take your seat.',
  'notice.session': 'Date',
  'notice.sessionN': 'Date {n}',
  'notice.place': 'Place',
  'notice.online': 'Online',
  'notice.openOnline': 'Open the online room',
  'notice.cancelRegistration': 'Cancel registration',
  'notice.addToCalendar': 'Add to calendar',
  'cancelled.heading': 'Seminar cancelled: {title}',
  'cancelled.text':
    'Unfortunately the seminar "{title}" on {date} has been cancelled. Your registration or waitlist place lapses; there is nothing you need to do.',
  'cancelled.summary': 'Cancelled: "{title}"',
  'rescheduled.heading': 'Changed dates: {title}',
  'rescheduled.text':
    'The dates or the place of the seminar "{title}", for which you are registered, have changed. Now:',
  'rescheduled.summary': 'Changed: "{title}" – now from {date}',
};

export const delivery = { de, en };
