import * as yup from "yup";

export const duesAdjustSchema = yup.object({
  paymentId: yup.string().required(),
  amountCents: yup.number().integer().min(0).max(100000).required(),
  reason: yup.string().max(300).required(),
});

export const contactSchema = yup.object({
  name: yup.string().required().max(80),
  email: yup.string().email().required(),
  message: yup.string().required().max(4000),
});

export const announcementSchema = yup.object({
  title: yup.string().required().max(120),
  body: yup.string().required().max(5000),
  pinned: yup.boolean().default(false),
});
