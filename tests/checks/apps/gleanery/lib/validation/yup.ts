import * as yup from "yup";

export const volunteerSignupSchema = yup.object({
  name: yup.string().required().max(100),
  email: yup.string().email().required(),
  phone: yup.string().max(20),
  pantrySlug: yup.string().max(80),
  availability: yup.array(yup.string().oneOf(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])).default([]),
});

export const pantryAdminSchema = yup.object({
  name: yup.string().required().max(120),
  address: yup.string().required(),
  lat: yup.number().required(),
  lng: yup.number().required(),
  hours: yup.string().max(200),
  isPublic: yup.boolean().default(true),
});
