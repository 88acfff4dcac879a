import * as yup from "yup";

export const fuelSaleSchema = yup.object({
  marinaId: yup.string().required(),
  grade: yup.mixed<"diesel" | "petrol95" | "red_diesel">().oneOf(["diesel", "petrol95", "red_diesel"]).required(),
  litres: yup.number().positive().max(5000).required(),
  pumpId: yup.string().required(),
  vesselName: yup.string().max(80).optional(),
});
