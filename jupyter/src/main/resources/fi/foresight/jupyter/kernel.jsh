// The Foresight kernel's versions of startup.jsh's helpers: in a notebook, tables and charts show inline.
void display(Object value) { fi.foresight.jupyter.Notebook.display(value); }
void print(Table table) { fi.foresight.jupyter.Notebook.displayInFull(rounded(table)); }
void showAll(AnalysisResult result) { result.charts().values().forEach(chart -> display(chart)); }
