// Hands a file the server made to the browser as a download, without a request that could carry a secret.
export async function saveFile(fileName, contentType, content) {
    const bytes = await content.arrayBuffer();
    const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
