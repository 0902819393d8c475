# Turns a text file into a C++ raw string literal body, so the program carries the file verbatim.
file(READ ${IN} content)
set(delim "vclear_embed")
file(WRITE ${OUT} "R\"${delim}(${content})${delim}\"")
