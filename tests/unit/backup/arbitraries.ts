import fc from 'fast-check'

/** Anything a feature may store: JSON values plus binary data, dates and the numbers JSON cannot hold. */
export const storedValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.uint8Array({ maxLength: 300 }),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('$bytes', '$object', '$date', '__proto__', '$')), tie('value'), {
      maxKeys: 5,
      noNullPrototype: true
    })
  )
})).value
