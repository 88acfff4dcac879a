export const CLINIC = {
  name: "Fenwick Community Clinic",
  address: "14 Fenwick Row, Leeds LS6 2QT",
  phone: "+44 113 496 0000",
  email: "hello@fenwickclinic.org",
};

export const OPENING_HOURS = [
  { day: "Monday", open: "08:00", close: "18:30" },
  { day: "Tuesday", open: "08:00", close: "18:30" },
  { day: "Wednesday", open: "08:00", close: "20:00" },
  { day: "Thursday", open: "08:00", close: "18:30" },
  { day: "Friday", open: "08:00", close: "17:00" },
  { day: "Saturday", open: "09:00", close: "12:00" },
  { day: "Sunday", open: null, close: null },
] as const;
