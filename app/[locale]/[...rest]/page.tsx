import { notFound } from 'next/navigation';

// Any unknown path inside a locale gets that locale's 404 page instead of the global one.
export default function CatchAllNotFound() {
  notFound();
}
