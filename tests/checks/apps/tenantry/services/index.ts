export * from "./guards";
export * from "./leases";
export { runCreditCheck } from "./screening";
export { presignDownload } from "./documents";
