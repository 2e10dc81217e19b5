# Convenience targets; the README's two commands are scripts/run and scripts/test.
FYNE_TOOL = fyne.io/tools/cmd/fyne@v1.7.4

.PHONY: run test build eval bench package screenshot

run:
	scripts/run

test:
	scripts/test

build:
	go build -o parley .

# Quality figures against ../shared/eval: TempEval-3 (dates), Universal NER
# (actors), the CAMEO sets and the codebook proxy (events), the seed article.
eval: build
	PARLEY=./parley ../shared/eval/run-tempeval.sh
	python3 ../shared/eval/ner-eval.py ../shared/eval/ner/uner-en-pud-wiki.iob2 ./parley
	CGO_ENABLED=0 go test -count=1 -v -run 'TestTempEval|TestNewsSet|TestUNER|TestICEWSLabels|TestSeedArticle' ./model/timex ./model/actors ./model/events | grep -vE '^=== RUN|^\s+seed_test'
	CGO_ENABLED=0 go test -count=1 -v -run 'TestCodeDevSet' ./cli | grep -E 'accuracy|^(ok|FAIL|---)'


bench:
	CGO_ENABLED=0 go test -run '^$$' -bench . -benchmem -cpu 1 ./model/... ./timeline/...

# A Linux desktop package (tar.xz with the binary, icon and .desktop file).
package:
	scripts/deps build
	go run $(FYNE_TOOL) package -os linux -release

screenshot: build
	./parley export -o docs/screenshot.png --width 1400 --scale 1
