import { notFound } from "next/navigation";
import { getCourseBySlug } from "@/app/(public)/courses/actions";
import { EnquiryForm } from "@/components/EnquiryForm";

export default async function CoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const course = await getCourseBySlug((await params).slug);
  if (!course) notFound();
  return (
    <article>
      <h1>{course.title}</h1>
      <p>Level {course.level} apprenticeship</p>
      <EnquiryForm courseId={course.id} />
    </article>
  );
}
