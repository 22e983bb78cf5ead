// The two names by which the page's half of the Electron stand-in and the test host reach each other.

/** The Playwright binding the page's ipcRenderer.invoke calls (main/electron's handlers answer). */
export const INVOKE_BINDING = '__briefwrightStandInInvoke'
/** The page function through which webContents.send reaches ipcRenderer.on listeners. */
export const DELIVER_FUNCTION = '__briefwrightStandInDeliver'
