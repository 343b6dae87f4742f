// Card verbs: shared by the card templates' data and the handlers, so a renamed verb cannot silently break a button.
// A flat object; each capability adds its own entries.
export const VERBS = {
  details: 'seminar.details',
  more: 'search.more',
  register: 'seminar.register',
  cancel: 'registration.cancel',
  refresh: 'seminar.refresh',
  profileSave: 'profile.save',
  privacyShow: 'privacy.show',
  privacyDelete: 'privacy.delete',
  guideShare: 'guide.share',
  guideSend: 'guide.send',
  guideStatus: 'guide.status',
  guideOverview: 'guide.overview',
  adminCreate: 'admin.seminar.create',
  adminPublish: 'admin.seminar.publish',
  adminCancel: 'admin.seminar.cancel',
  adminCancelConfirm: 'admin.seminar.cancelConfirm',
  adminAddSession: 'admin.seminar.addSession',
  adminCapacity: 'admin.seminar.capacity',
  adminGrant: 'admin.role.grant',
  adminRevoke: 'admin.role.revoke',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
