// Render the math that pymdownx.arithmatex marks, on the first page and after every
// instant navigation (document$ emits for both).
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
    ],
    throwOnError: true,
  });
});
