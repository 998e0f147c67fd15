/** A file's size as a person reads it: "840 KB", "2.4 MB"; never "0 KB" for a file that holds anything. */
export function fileSize(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
