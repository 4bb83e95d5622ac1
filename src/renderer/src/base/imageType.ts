/** PNG files start with the signature 89 50 4E 47 0D 0A 1A 0A. */
export const isPng = (b: Uint8Array): boolean => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47

/** JPEG files start with the SOI marker FF D8 followed by another marker (FF). */
export const isJpeg = (b: Uint8Array): boolean => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
