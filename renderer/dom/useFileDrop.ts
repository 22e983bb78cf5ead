import { useEffect } from 'react'

/** Whether a drag carries files from outside the page (not a section or text dragged within it). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes('Files')
}

/**
 * A file dropped anywhere on the window opens: without this the browser would navigate to the file
 * and leave the app. Drags within the page (sections, selected text) carry no files and pass by.
 */
export function useFileDrop(open: (file: File) => void): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return
      event.preventDefault()
      const file = event.dataTransfer?.files[0]
      if (file) open(file)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [open])
}
