// Barrel for client components.
export { cancelAppointment, rescheduleAppointment, listMyAppointments } from "./appointments";
export { bookFirstVisit, openSlots } from "./booking";
export { checkSymptoms } from "./symptom-checker";
