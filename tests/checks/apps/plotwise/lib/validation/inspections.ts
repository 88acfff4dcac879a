import * as v from "valibot";

export const InspectionSchema = v.object({
  plotId: v.pipe(v.string(), v.minLength(20), v.maxLength(40)),
  score: v.pipe(v.unknown(), v.transform(Number), v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  condition: v.picklist(["EXCELLENT", "GOOD", "FAIR", "POOR", "UNCULTIVATED"]),
  notes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const AppealSchema = v.object({
  inspectionId: v.pipe(v.string(), v.minLength(20), v.maxLength(40)),
  appealText: v.pipe(v.string(), v.minLength(10), v.maxLength(2000)),
});
