/** Saves a blob in the browser as a download named `fileName`. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; revoking later lets slow browsers finish reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
