// Copies the static files tsc does not emit (icons, codex JSON is emitted by tsc) into dist/.
const { src, dest } = require('gulp');

function copyIcons() {
	const nodeIcons = src(['nodes/**/*.{png,svg}', 'icons/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
	return nodeIcons;
}

function copyCredentialIcons() {
	return src('credentials/**/*.{png,svg}', { base: '.', encoding: false }).pipe(dest('dist'));
}

exports['build:icons'] = async function buildIcons() {
	await new Promise((resolve, reject) => copyIcons().on('end', resolve).on('error', reject));
	await new Promise((resolve, reject) =>
		copyCredentialIcons().on('end', resolve).on('error', reject),
	);
};
