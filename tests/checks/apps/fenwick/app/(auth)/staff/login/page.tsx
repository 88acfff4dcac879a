import { StaffLoginForm } from "@/components/StaffLoginForm";

export const metadata = { title: "Staff sign-in" };

export default function StaffLoginPage() {
  return (
    <>
      <h1>Staff sign-in</h1>
      <StaffLoginForm />
    </>
  );
}
