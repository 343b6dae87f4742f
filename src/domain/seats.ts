// Seats of a seminar as people see them: how many are left, how many wait, and where the asking user stands.
// Counted by loadSeminarViews (seminar-views.ts) in the same statement as the seminar.

export interface SeatSummary {
  seminarId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  seatsLeft: number;
  /** The user's own registration, when a user was given. */
  myStatus: 'none' | 'confirmed' | 'waitlisted';
  myPosition: number | null;
}

/** Free seats are never negative, even after an admin lowered the capacity below the confirmed count. */
export const seatsLeft = (capacity: number, confirmed: number) => Math.max(0, capacity - confirmed);
