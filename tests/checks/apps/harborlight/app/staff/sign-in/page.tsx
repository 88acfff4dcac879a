import { StaffSignInForm } from "@/components/staff-sign-in-form";

export default function StaffSignIn() {
  return <StaffSignInForm />;
}
