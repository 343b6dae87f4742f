// Card verbs: shared by the card templates' data and the handlers, so a renamed verb cannot silently break a button.
// A flat object; each capability adds its own entries.
export const VERBS = {
  details: 'seminar.details',
  more: 'search.more',
  register: 'seminar.register',
  cancel: 'registration.cancel',
  refresh: 'seminar.refresh',
  profileSave: 'profile.save',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
