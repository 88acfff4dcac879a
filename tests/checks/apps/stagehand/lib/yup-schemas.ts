import * as yup from "yup";

export const vendorRegisterSchema = yup.object({
  businessName: yup.string().min(2).max(120).required(),
  contactEmail: yup.string().email().required(),
  password: yup.string().min(10).required(),
  festivalSlug: yup.string().required(),
});

export const announcementYup = yup.object({
  title: yup.string().min(3).max(140).required(),
  body: yup.string().min(1).max(5000).required(),
  audience: yup.mixed<"staff" | "artists" | "vendors">().oneOf(["staff", "artists", "vendors"]).required(),
});
